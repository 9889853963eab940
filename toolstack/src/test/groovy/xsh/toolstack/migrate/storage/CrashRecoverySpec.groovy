package xsh.toolstack.migrate.storage

import java.util.concurrent.CountDownLatch
import spock.lang.Timeout
import xsh.error.XshException
import xsh.hv.storage.Storage

/** What a receiver makes is journalled before it exists, so a recovery can take it down after a crash. */
class CrashRecoverySpec extends StorageMigrationFixture {

    def "the journal hears of each dataset before it exists; a recovery from the journal leaves nothing"() {
        given:
        def sender = sender(webOnZfs())
        def records = initial(sender).list
        def journalled = []
        def journal = { String dataset ->
            assert target.storage().dataset(dataset).isEmpty()
            journalled << dataset
        } as CreationJournal
        def before = target.storage().names()
        def intake = intake(journal)

        when: 'the receiver dies part-way through the second stream, without aborting'
        int cut = records.findLastIndexOf { it.type == StorageRecords.BEGIN } + 2
        deliver(records.subList(0, cut), intake)

        then:
        journalled == ['zroot/images', 'zroot/images/web', 'zroot/web-disk']
        intake.created() == journalled
        target.storage().dataset('zroot/images/web').isPresent()

        when: 'a recovery removes what the journal names'
        def left = ReceivedDatasets.remove(target.storage(), journalled)

        then:
        left.isEmpty()
        target.storage().names() == before

        when: 'and the source removes the migration snapshots it knows by tag'
        def sourceLeft = new MigrationSnapshots(sender.datasets(), 'mig1').destroy(host.storage())

        then:
        sourceLeft.isEmpty()
        snapshotsOf(host).isEmpty()
    }

    def "a journal that cannot keep a dataset: the receiver makes nothing"() {
        given:
        def sender = sender(webOnZfs())
        def before = target.storage().names()
        def intake = intake({ throw new IOException('No space left on device') } as CreationJournal)

        when:
        deliver(initial(sender).list, intake)

        then:
        def e = thrown(IOException)
        e.message == 'No space left on device'
        target.storage().names() == before
    }

    def "a recovery leaves a dataset something else was put into meanwhile, and says so"() {
        given:
        def intake = intake()
        def sender = sender(webOnZfs())
        deliver(initial(sender).list, intake)
        target.storage().createVolume('zroot/images/other', 1L << 20, [:], false, false)

        when:
        intake.abort()

        then:
        def e = thrown(XshException)
        e.message == 'migration target: what the migration received is not all removed: ' +
                'zroot/images is left: zroot/images/other was made in it meanwhile'
        target.storage().dataset('zroot/images/web').isEmpty()
        target.storage().dataset('zroot/web-disk').isEmpty()
        target.storage().dataset('zroot/images/other').isPresent()
    }

    /** The target's storage, whose receive waits at a gate before it reads. */
    static class GatedStorage implements Storage {
        @Delegate
        Storage inner
        CountDownLatch receiving = new CountDownLatch(1)
        CountDownLatch gate = new CountDownLatch(1)

        @Override
        void receive(String target, InputStream input, boolean force) {
            receiving.countDown()
            gate.await()
            inner.receive(target, input, force)
        }
    }

    @Timeout(120) // a guard against a hang, not a measure
    def "an abort from another thread ends a delivery waiting for the storage, and leaves nothing"() {
        given:
        def sender = sender(webOnZfs())
        host.storage().write(ZVOL_DISK, 16L << 20, pattern(8 << 20, 9)) // more chunks than the pipe holds
        def records = initial(sender).list
        def storage = new GatedStorage(inner: target.storage())
        def intake = DatasetMigration.receiver(storage, CreationJournal.NONE)
        def before = target.storage().names()
        Throwable deliveryFailure = null
        def delivery = Thread.start {
            try {
                deliver(records, intake)
            } catch (Throwable t) {
                deliveryFailure = t
            }
        }

        when:
        storage.receiving.await()
        def abort = Thread.start { intake.abort() }
        storage.gate.countDown()
        abort.join()
        delivery.join()

        then:
        deliveryFailure instanceof XshException
        target.storage().names() == before
    }
}
