package xsh.toolstack.checkpoint

import java.nio.file.Files
import java.nio.file.Path
import xsh.hv.DomainInfo
import xsh.hv.Hypervisor
import xsh.toolstack.SimHostSpecification
import xsh.toolstack.saverestore.ImageProgress

/**
 * The embedded host with guests on ZFS, a checkpoint catalog for it, and the checks every
 * failed checkpoint must pass: the domain as it was, nothing of the checkpoint left.
 */
abstract class CheckpointFixture extends SimHostSpecification {

    static final String RUNNING = /[r-][b-]----/

    SqliteCheckpointCatalog catalog
    Path dir

    def setup() {
        catalog = SqliteCheckpointCatalog.open(home.resolve('checkpoints/h1.db'), host)
        dir = home.resolve('checkpoints/h1')
        host.storage().createFilesystem('zroot/images', [:], false)
    }

    def cleanup() {
        catalog?.close()
    }

    /** A running guest whose disk is the volume zroot/NAME. */
    DomainInfo onZvol(String name, int memoryMib = 16) {
        host.storage().createVolume("zroot/$name", 64L << 20, [:], false, false)
        guest(name, "disk = ['phy:/dev/zvol/zroot/$name,xvda,w']", memoryMib)
    }

    Checkpoint take(String domain, Hypervisor hv = host, List<String> datasets = [], Path directory = dir) {
        new CheckpointTaker(hv, catalog).take(new CheckpointRequest(domain, datasets, directory), ImageProgress.NONE)
    }

    /** Nothing of a checkpoint anywhere: no entry, no journal, no marker, no file, no snapshot. */
    boolean nothingLeft() {
        assert catalog.list(Optional.empty()).isEmpty()
        assert catalog.journal().isEmpty()
        assert !Files.exists(catalog.markers().directory()) || Files.list(catalog.markers().directory()).count() == 0
        assert !Files.exists(dir) || Files.list(dir).count() == 0
        assert host.storage().names().findAll { it.contains('@') }.isEmpty()
        true
    }
}
