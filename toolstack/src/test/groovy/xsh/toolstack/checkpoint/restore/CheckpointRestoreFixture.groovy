package xsh.toolstack.checkpoint.restore

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import xsh.hv.DomainInfo
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.Hypervisor
import xsh.hv.RestoreRequest
import xsh.hv.storage.Storage
import xsh.toolstack.checkpoint.Checkpoint
import xsh.toolstack.checkpoint.InMemoryCheckpointCatalog
import xsh.toolstack.saverestore.ImageProgress
import xsh.toolstack.saverestore.SimHostSaveFixture

/**
 * A guest on the embedded host with a zvol and a file disk, and checkpoints of it taken by
 * hand as the seeds take them: {@code save -p}, {@code zfs snapshot}, unpause, the config kept
 * beside the image.
 */
abstract class CheckpointRestoreFixture extends SimHostSaveFixture {

    /** Two disks on datasets, and one (the kernel, as a cdrom) on the host's own filesystem. */
    String disks() {
        """# the guest's disks
disk = [ 'phy:/dev/zvol/tank/debian,xvda,w',
         'format=raw, vdev=xvdb, access=rw, target=/tank/files/data.img',
         '$kernel,raw,xvdc,r,devtype=cdrom' ]
on_crash = 'preserve'   # kept as written
"""
    }

    InMemoryCheckpointCatalog catalog = new InMemoryCheckpointCatalog()
    Path checkpoints

    def setup() {
        checkpoints = Files.createDirectories(home.resolve('checkpoints'))
        host.storage().createVolume('tank/debian', 64L << 20, [:], false, false)
        host.storage().createFilesystem('tank/files', [:], false)
        host.storage().createFile('/tank/files/data.img', 16L << 20)
        catalog.storage = host.storage()
    }

    DomainInfo debian(int seconds = 30) {
        running('debian', seconds, disks())
    }

    /** A checkpoint of a running domain, taken at {@code id} (epoch seconds). */
    Checkpoint checkpoint(String domain, long id, List<String> datasets = ['tank/debian', 'tank/files']) {
        def image = checkpoints.resolve("${domain}-${id}.save")
        def result = save(domain, image, p: true)
        def snapshots = datasets.collect { "$it@$id".toString() }
        if (snapshots) {
            host.storage().snapshot(snapshots, false)
        }
        host.unpause(result.domain().domid())
        def config = checkpoints.resolve("${domain}-${id}.cfg")
        Files.copy(home.resolve("${domain}.cfg"), config)
        def checkpoint = new Checkpoint(id, domain, Instant.ofEpochSecond(id), image, Files.size(image), '',
                config, snapshots, 10)
        catalog.checkpoints << checkpoint
        checkpoint
    }

    CheckpointRestorer restorer(Hypervisor hv = host) {
        new CheckpointRestorer(hv, catalog, false)
    }

    CheckpointRestoreResult restoreCheckpoint(Map options = [:], String reference, Hypervisor hv = host) {
        def restorer = restorer(hv)
        def plan = restorer.plan(new CheckpointRestoreOptions(reference, Optional.ofNullable(options.as as String),
                options.replace as boolean, options.p as boolean))
        restorer.restore(plan, options.p as boolean, notices, ImageProgress.NONE)
    }

    List<String> datasetNames() {
        host.storage().names()
    }

    List<String> checkpointFiles() {
        Files.list(checkpoints).withCloseable { it.map { it.fileName.toString() }.sorted().toList() }
    }

    /**
     * The host, with another storage, and {@code destroy} or {@code rename} failing for the
     * domids named. (Groovy's delegation leaves out the interface's default methods: those a
     * restore uses are passed on here.)
     */
    static class FailingHost implements Hypervisor {
        @Delegate(interfaces = false)
        Hypervisor host
        Storage storage
        Set<Integer> destroyFails = [] as Set
        Set<Integer> renameFails = [] as Set

        @Override
        Storage storage() {
            storage ?: host.storage()
        }

        @Override
        Instant now() { host.now() }

        @Override
        DomainInfo restore(RestoreRequest request, InputStream memory) { host.restore(request, memory) }

        @Override
        void destroy(int domid, boolean force) {
            if (domid in destroyFails) {
                throw new HvException(HvError.FAIL, "destroy failed (injected)")
            }
            host.destroy(domid, force)
        }

        @Override
        void rename(int domid, String name) {
            if (domid in renameFails) {
                throw new HvException(HvError.FAIL, "rename failed (injected)")
            }
            host.rename(domid, name)
        }
    }

    /** The host's storage, but {@code clone} fails for the targets named. */
    static class CloneFailingStorage implements Storage {
        @Delegate
        Storage storage
        Set<String> failing

        @Override
        xsh.hv.storage.Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents) {
            if (failing.any { target.startsWith(it) }) {
                throw new xsh.hv.storage.StorageException("cannot create '$target': out of space")
            }
            storage.clone(snapshot, target, properties, parents)
        }
    }
}
