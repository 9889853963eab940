package xsh.toolstack.checkpoint

import java.time.Instant
import xsh.hv.GuestMemory
import xsh.hv.Hypervisor
import xsh.hv.storage.Storage

/**
 * The embedded host with a failure injected at one step of a checkpoint: a closure run
 * before a call (it may throw), or after it. Storage calls go through {@link InjectingStorage}.
 */
class InjectingHost implements Hypervisor {

    @Delegate(interfaces = false)
    final Hypervisor host
    Closure beforeUnpause = {}
    Closure afterUnpause = {}
    Closure<GuestMemory> memory = null
    Closure beforeSnapshot = {}

    InjectingHost(Hypervisor host) {
        this.host = host
    }

    @Override
    Instant now() { host.now() }

    @Override
    void suspend(int domid) { host.suspend(domid) }

    @Override
    void resume(int domid) { host.resume(domid) }

    @Override
    void unpause(int domid) {
        beforeUnpause.call(domid)
        host.unpause(domid)
        afterUnpause.call(domid)
    }

    @Override
    GuestMemory memory(int domid) {
        memory == null ? host.memory(domid) : memory.call(host.memory(domid))
    }

    @Override
    Storage storage() {
        new InjectingStorage(host.storage(), this)
    }

    static class InjectingStorage implements Storage {
        @Delegate(interfaces = false)
        final Storage storage
        final InjectingHost host

        InjectingStorage(Storage storage, InjectingHost host) {
            this.storage = storage
            this.host = host
        }

        @Override
        List<String> names() { storage.names() }

        @Override
        void createFile(String path, long sizeBytes) { storage.createFile(path, sizeBytes) }

        @Override
        void snapshot(List<String> snapshots, boolean recursive) {
            host.beforeSnapshot.call(snapshots)
            storage.snapshot(snapshots, recursive)
        }
    }
}
