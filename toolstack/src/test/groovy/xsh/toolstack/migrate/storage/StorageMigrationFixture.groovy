package xsh.toolstack.migrate.storage

import xsh.hv.DomainDefinition
import xsh.hv.sim.SimHost
import xsh.toolstack.SimHostSpecification
import xsh.toolstack.migrate.RecordOutput
import xsh.toolstack.migrate.StorageIntake
import xsh.toolstack.migrate.StorageTransfer
import xsh.toolstack.migrate.StorageTransfers

/**
 * Two embedded hosts in one process, each with storage of its own: the source h1 with a
 * guest whose disks are on ZFS, the target h2; storage records carried between them as a
 * list, so a spec may deliver them all, some, or changed.
 */
abstract class StorageMigrationFixture extends SimHostSpecification {

    static final String ZVOL_DISK = '/dev/zvol/zroot/web-disk'
    static final String FILE_DISK = '/zroot/images/web/data.img'

    SimHost target

    /** One record as the protocol would carry it. */
    static class Record {
        int type
        byte[] body
    }

    /** Collects records, or fails after {@code failAfter} of them as a broken link would. */
    static class Records implements RecordOutput {
        List<Record> list = []
        int failAfter = Integer.MAX_VALUE

        @Override
        void write(int type, byte[] body, int offset, int length) throws IOException {
            assert length <= MAX_BODY
            if (list.size() >= failAfter) {
                throw new IOException('Broken pipe')
            }
            list << new Record(type: type, body: Arrays.copyOfRange(body, offset, offset + length))
        }

        List<Record> ofType(int type) {
            list.findAll { it.type == type }
        }
    }

    def setup() {
        target = hosts.open('h2')
    }

    def cleanup() {
        target?.close()
    }

    /** A running guest with a zvol disk and a disk file in a filesystem of its own, data on both. */
    DomainDefinition webOnZfs() {
        def storage = host.storage()
        storage.createVolume('zroot/web-disk', 64L << 20, [:], false, false)
        storage.createFilesystem('zroot/images', [:], false)
        storage.createFilesystem('zroot/images/web', [:], false)
        storage.createFile(FILE_DISK, 32L << 20)
        storage.write(ZVOL_DISK, 0, pattern(3 << 20, 1))
        storage.write(FILE_DISK, 4096, pattern(1 << 20, 2))
        def web = guest('web', "disk = ['phy:$ZVOL_DISK,xvda,w', '$FILE_DISK,raw,xvdb,rw']", 16)
        host.definition(web.domid()).orElseThrow()
    }

    StorageTransfer sender(DomainDefinition definition, String tag = 'mig1') {
        StorageTransfers.sender(host, definition, tag)
    }

    StorageIntake intake(CreationJournal journal = CreationJournal.NONE) {
        StorageTransfers.receiver(target, journal)
    }

    Records initial(StorageTransfer sender) {
        def records = new Records()
        sender.sendInitial(records)
        records
    }

    Records last(StorageTransfer sender) {
        def records = new Records()
        sender.sendFinal(records)
        records
    }

    static void deliver(List<Record> records, StorageIntake intake) {
        records.each { intake.accept(it.type, it.body) }
    }

    static byte[] pattern(int length, int seed) {
        def bytes = new byte[length]
        new Random(seed).nextBytes(bytes)
        bytes
    }

    static List<String> snapshotsOf(SimHost h) {
        h.storage().names().findAll { it.contains('@') }
    }
}
