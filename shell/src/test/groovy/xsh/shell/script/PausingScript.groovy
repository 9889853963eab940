package xsh.shell.script

import xsh.toolstack.vmcontrol.VmControl

/** A script base with one DSL method of the kind XshDsl has: a change made through the context. */
abstract class PausingScript extends XshScript {

    int pause(String domain) {
        context().change("pause $domain") { hv -> new VmControl(hv, false).pause(domain) } ?: 0
    }

    boolean paused(String domain) {
        context().read { hv -> hv.domainNamed(domain).get().state().paused() }
    }
}
