package xsh.toolstack.migrate

import java.time.Instant
import xsh.hv.DomainInfo
import xsh.hv.GuestMemory
import xsh.hv.Hypervisor
import xsh.hv.RestoreRequest

/**
 * The embedded host, keeping the checksum of every domain's memory as it was destroyed (the
 * source of a migration, at the stop-and-copy) and with failures injectable before a call.
 */
class RecordingHost implements Hypervisor {

    @Delegate(interfaces = false)
    final Hypervisor host
    final Map<Integer, String> destroyedDigests = [:]
    Closure beforeSuspend = {}
    Closure beforeRename = { domid, name -> }
    Closure afterRename = { domid, name -> }
    Closure beforeCreateIncoming = { request, name -> }
    Closure beforeUnpause = {}
    Closure afterUnpause = {}

    RecordingHost(Hypervisor host) {
        this.host = host
    }

    @Override
    Instant now() { host.now() }

    @Override
    void suspend(int domid) {
        beforeSuspend.call(domid)
        host.suspend(domid)
    }

    @Override
    void resume(int domid) { host.resume(domid) }

    @Override
    void rename(int domid, String name) {
        beforeRename.call(domid, name)
        host.rename(domid, name)
        afterRename.call(domid, name)
    }

    @Override
    void unpause(int domid) {
        beforeUnpause.call(domid)
        host.unpause(domid)
        afterUnpause.call(domid)
    }

    @Override
    DomainInfo createIncoming(RestoreRequest request, String name) {
        beforeCreateIncoming.call(request, name)
        host.createIncoming(request, name)
    }

    @Override
    void destroy(int domid, boolean force) {
        host.domain(domid).ifPresent { destroyedDigests[domid] = MigrationFixture.digest(host.memory(domid)) }
        host.destroy(domid, force)
    }

    @Override
    GuestMemory memory(int domid) { host.memory(domid) }
}
