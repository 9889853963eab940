package xsh.toolstack.migrate

import java.nio.file.Files
import xsh.error.MultiLineException

/**
 * {@code migrate --with-storage} between two embedded hosts, the whole protocol: the domain
 * runs at the target on its own disks, what the guest wrote meanwhile included, and no
 * migration snapshot is left on either side; the source keeps its datasets.
 */
class StorageMigrationSpec extends StorageFixture {

    static final String RUNNING = /[r-][b-]----/

    /** Writes to both disks once the first pre-copy round is sent, while the guest runs. */
    MigrationProgress writingDuringPrecopy() {
        boolean written = false
        return { MigrationProgress.Status status ->
            if (!written && status.phase() == MigrationProgress.Phase.PRECOPY && status.round() == 2) {
                written = true
                source.storage().write(ZVOL_DISK, 8 * MiB, pattern(65536, 3))
                source.storage().write(FILE_DISK, 0, pattern(4096, 4))
            }
        } as MigrationProgress
    }

    def "a domain with a zvol disk and a file disk moves with its datasets; writes during the pre-copy arrive; no snapshot is left"() {
        given:
        def original = web()
        List<MigrationProgress.Status> storagePhase = []
        def writer = writingDuringPrecopy()
        def progress = { MigrationProgress.Status status ->
            if (status.phase() == MigrationProgress.Phase.STORAGE) {
                storagePhase << status
            }
            writer.update(status)
        } as MigrationProgress

        when:
        def report = migrate('web', [withStorage: true, progress: progress])

        then:
        named(source, 'web') == null
        def moved = named(target, 'web')
        moved.uuid() == original.uuid()
        moved.state().flags() ==~ RUNNING
        new String(target.definition(moved.domid()).orElseThrow().source().bytes()).contains(FILE_DISK)
        datasetsOf(target) == DATASETS
        datasetsOf(source) == DATASETS
        ['zroot/web-disk', 'zroot/images/web'].every { target.storage().digest(it) == source.storage().digest(it) }
        Arrays.equals(target.storage().read(ZVOL_DISK, 8 * MiB, 65536), pattern(65536, 3))
        Arrays.equals(target.storage().read(FILE_DISK, 0, 4096), pattern(4096, 4))
        snapshotsOf(source).isEmpty()
        snapshotsOf(target).isEmpty()
        report.storageBytes() > 3 * MiB

        and: 'the storage phase counts up to the streams expected size'
        storagePhase.first().roundDone() == 0
        storagePhase.first().roundTotal() > 0
        storagePhase.last().roundDone() == storagePhase.last().roundTotal()
        storagePhase*.roundDone() == storagePhase*.roundDone().sort()

        and: 'no journal is left'
        [source, target].every { host ->
            def journal = MigrationJournal.directory(home, host.hostName())
            !Files.exists(journal) || Files.list(journal).withCloseable { it.count() } == 0
        }
    }

    def "without --with-storage the target cannot build the domain, whose disks it lacks: the source runs on"() {
        given:
        def original = web()

        when:
        migrate('web')

        then:
        def e = thrown(MultiLineException)
        e.lines().last() == 'Migration failed, resuming at sender.'
        link.receiverFailure.message.readLines().last().startsWith('migration target: Domain creation failed')
        named(source, 'web').domid() == original.domid()
        named(source, 'web').state().flags() ==~ RUNNING
        named(target, 'web--incoming') == null
        datasetsOf(target).isEmpty()
    }

    def "a receiver killed after the datasets arrived: the sender runs on, and the target's recovery removes the datasets"() {
        given:
        def original = web()
        def recordingTarget = new RecordingHost(target)
        linkTo(ReceiverFlags.DEFAULT, recordingTarget)
        recordingTarget.beforeCreateIncoming = { request, name -> throw new Killed() }

        when:
        migrate('web', [withStorage: true])

        then:
        thrown(MultiLineException)
        link.receiverFailure instanceof Killed
        datasetsOf(target) == DATASETS  // what the dead receiver made
        named(source, 'web').domid() == original.domid()
        snapshotsOf(source).isEmpty()

        when: 'the next process opens the target'
        def recovered = []
        MigrationRecovery.recoverInterrupted(home, target, { recovered << it }, { true })

        then:
        datasetsOf(target).isEmpty()
        snapshotsOf(target).isEmpty()
        recovered == ['xsh: removed the datasets received by a migration whose receiver died']
        !Files.exists(MigrationJournal.directory(home, 'h2')) || Files.list(MigrationJournal.directory(home, 'h2')).withCloseable { it.count() } == 0
    }

    def "a sender killed during the pre-copy: the source's recovery removes its snapshots, the datasets and the domain stay"() {
        given:
        def original = web()
        def dying = { MigrationProgress.Status status ->
            if (status.phase() == MigrationProgress.Phase.PRECOPY && status.round() == 2) {
                throw new Killed()
            }
        } as MigrationProgress

        when:
        linkTo()
        def request = new MigrateRequest('web', Optional.empty(), ReceiverFlags.DEFAULT, true, PrecopyPolicy.DEFAULT)
        try {
            new Migrator(source, home).migrate(request, link, notices, dying)
        } finally {
            link.close() // the dead sender's end of the link closes with its process
        }

        then:
        thrown(Killed)
        snapshotsOf(source).collect { it.replaceAll(/@migrate-\d+-1$/, '@TAG-1') } == ['zroot/images/web@TAG-1', 'zroot/web-disk@TAG-1']

        when:
        MigrationRecovery.recoverInterrupted(home, source, notices, { true })

        then:
        snapshotsOf(source).isEmpty()
        datasetsOf(source) == DATASETS
        named(source, 'web').domid() == original.domid()
        named(source, 'web').state().flags() ==~ RUNNING
        datasetsOf(target).isEmpty()  // the receiver saw the stream end and removed what it had made
    }
}
