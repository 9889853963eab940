package xsh.shell.dsl

import java.nio.file.Path
import java.util.function.Function
import xsh.hv.Hypervisor
import xsh.hv.sim.SimHosts
import xsh.shell.GlobalOptions

/**
 * A {@link ScriptContext} over the embedded host {@code default} under a temporary XSH_HOME:
 * the host opened for each call and closed after it; under dry run a change prints
 * {@code dry-run: DESCRIPTION} and does nothing. Every change's description is kept, done or not.
 */
class SimScriptContext implements ScriptContext {

    final SimHosts hosts
    final Path home
    final boolean dryRun
    final StringWriter outText = new StringWriter()
    final StringWriter errText = new StringWriter()
    final PrintWriter out = new PrintWriter(outText, true)
    final PrintWriter err = new PrintWriter(errText, true)
    final List<String> changes = []

    SimScriptContext(SimHosts hosts, Path home, boolean dryRun) {
        this.hosts = hosts
        this.home = home
        this.dryRun = dryRun
    }

    @Override
    <T> T read(Function<Hypervisor, T> query) {
        Hypervisor hv = hosts.open('default')
        try {
            return query.apply(hv)
        } finally {
            hv.close()
        }
    }

    @Override
    <T> T change(String description, Function<Hypervisor, T> action) {
        changes << description
        if (dryRun) {
            out.println("dry-run: $description")
            return null
        }
        read(action)
    }

    @Override
    boolean dryRun() { dryRun }

    @Override
    GlobalOptions globals() { new GlobalOptions() }

    @Override
    Path xshHome() { home }

    @Override
    PrintWriter out() { out }

    @Override
    PrintWriter err() { err }
}
