package xsh.toolstack.migrate

import xsh.hv.DomainInfo
import xsh.hv.Hypervisor
import xsh.hv.sim.SimHost
import xsh.toolstack.vmcontrol.ConfigFileReader
import xsh.toolstack.vmcontrol.ConfigTyper
import xsh.toolstack.vmcontrol.DomainCreator

/** Two embedded hosts and a guest whose disks are on the source's ZFS: a zvol, and a file in a filesystem of its own. */
abstract class StorageFixture extends MigrationFixture {

    static final String ZVOL_DISK = '/dev/zvol/zroot/web-disk'
    static final String FILE_DISK = '/zroot/images/web/data.img'
    static final List<String> DATASETS = ['zroot/images', 'zroot/images/web', 'zroot/web-disk']

    /** A running guest with a zvol disk and a disk file in a filesystem of its own, data on both. */
    DomainInfo web(SimHost host = source) {
        def storage = host.storage()
        storage.createVolume('zroot/web-disk', 16 * MiB, [:], false, false)
        storage.createFilesystem('zroot/images', [:], false)
        storage.createFilesystem('zroot/images/web', [:], false)
        storage.createFile(FILE_DISK, 8 * MiB)
        storage.write(ZVOL_DISK, 0, pattern(3 * MiB as int, 1))
        storage.write(FILE_DISK, 4096, pattern(1 * MiB as int, 2))
        def file = configFile('web', 16, 'pv', "disk = ['phy:$ZVOL_DISK,xvda,w', '$FILE_DISK,raw,xvdb,rw']")
        def domain = new DomainCreator(host, false).create(ConfigTyper.type(ConfigFileReader.read(
                Optional.of(file.toString()), [])), false)
        host.setDirtyRate(domain.domid(), 8 * MiB)
        clock.advanceSeconds(30)
        domain
    }

    static byte[] pattern(int length, int seed) {
        def bytes = new byte[length]
        new Random(seed).nextBytes(bytes)
        bytes
    }

    static List<String> snapshotsOf(Hypervisor host) {
        host.storage().names().findAll { it.contains('@') }
    }

    static List<String> datasetsOf(Hypervisor host) {
        host.storage().names().findAll { it in DATASETS }
    }

    static MigrateRequest withStorage(String domain) {
        new MigrateRequest(domain, Optional.empty(), ReceiverFlags.DEFAULT, true, PrecopyPolicy.DEFAULT)
    }
}
