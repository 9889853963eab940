package xsh.hv.sim.storage

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import xsh.hv.sim.SimHost
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock
import xsh.hv.storage.Storage
import xsh.hv.storage.StorageContractSpec

/** The storage contract against the embedded host's copy-on-write ZFS, on pool tank. */
class EmbeddedStorageContractSpec extends StorageContractSpec {

    @Shared
    Path home

    @Shared
    SimHost host

    def setupSpec() {
        home = Files.createTempDirectory('xsh-embedded-zfs')
        host = new SimHosts(home, new ManualClock()).open('contract')
    }

    def cleanupSpec() {
        host?.close()
        home?.toFile()?.deleteDir()
    }

    @Override
    Storage storage() {
        host.storage()
    }

    @Override
    String pool() {
        'tank'
    }

    @Override
    boolean supportsVolumes() {
        true
    }

    /** The file's path on the embedded host: under the filesystem's mountpoint. */
    private String path(String filesystem, String file) {
        property(filesystem, 'mountpoint') + '/' + file
    }

    @Override
    void writeFile(String filesystem, String file, byte[] bytes) {
        EmbeddedStorage zfs = host.storage()
        String p = path(filesystem, file)
        zfs.createFile(p, 0)
        zfs.createFile(p, bytes.length)
        zfs.write(p, 0, bytes)
    }

    @Override
    byte[] readFile(String filesystem, String file) {
        EmbeddedStorage zfs = host.storage()
        String p = path(filesystem, file)
        if (!zfs.exists(p)) {
            return null
        }
        zfs.read(p, 0, (int) zfs.size(p))
    }
}
