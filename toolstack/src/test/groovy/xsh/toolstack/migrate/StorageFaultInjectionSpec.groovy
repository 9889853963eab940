package xsh.toolstack.migrate

import java.nio.file.Files
import spock.lang.Shared
import xsh.error.XshException
import xsh.hv.DomainInfo

/**
 * {@code --with-storage}, the link cut or the receiver killed at random points of the stream:
 * each time exactly one copy of the domain runs afterwards, the target keeps the datasets only
 * if it runs the domain, the source keeps its own, and no migration snapshot is left on either
 * side once the target's recovery ran. The seed is printed; {@code -DfaultSeed=N} runs the
 * same points again.
 */
class StorageFaultInjectionSpec extends StorageFixture {

    @Shared
    long seed = Long.getLong('faultSeed', System.nanoTime())

    def setupSpec() {
        println "StorageFaultInjectionSpec seed: $seed (-DfaultSeed=$seed runs the same points again)"
    }

    /** How long the stream of this very migration is: the same domain, moved between two other hosts. */
    long streamLength() {
        def r1 = hosts.open('r1')
        def r2 = hosts.open('r2')
        try {
            web(r1)
            def reference = new PipedLink(r2, home.toFile(), ReceiverFlags.DEFAULT)
            reference.meter = { long n -> clock.advance(java.time.Duration.ofNanos((long) (n * 1e9 / LINK_BYTES_PER_SECOND))) }
            new Migrator(r1, home).migrate(withStorage('web'), reference, { }, MigrationProgress.NONE)
            reference.close()
            reference.sent
        } finally {
            r1.close()
            r2.close()
        }
    }

    Map migrateWithFault(String fault, long point) {
        DomainInfo original = web()
        linkTo()
        link.probe = { String name, boolean leftPaused -> TargetSettlement.settle(target, name, leftPaused) } as TargetProbe
        if (fault == 'cut') {
            link.cutAfter = point
        } else {
            link.receiverDiesAfter = point
        }
        def outcome = [original: original]
        try {
            outcome.report = migrate('web', [withStorage: true])
        } catch (XshException e) {
            outcome.failure = e
        }
        if (link.receiverFailure instanceof Killed) {
            // the next process to open the target finds the dead receiver's journal
            MigrationRecovery.recoverInterrupted(home, target, notices, { true })
        }
        outcome
    }

    void exactlyOneCopyWithItsDisks(Map outcome) {
        def copies = (source.domains() + target.domains()).findAll { it.uuid() == outcome.original.uuid() }
        assert copies.size() == 1
        def copy = copies[0]
        assert copy.name() == 'web'
        assert !copy.state().paused() && !copy.state().isShutdown()
        boolean migrated = target.domainNamed('web').isPresent()
        assert outcome.report == null || migrated
        assert datasetsOf(target) == (migrated ? DATASETS : [])
        assert datasetsOf(source) == DATASETS
        [source, target].each { host ->
            assert snapshotsOf(host).isEmpty()
            assert host.domains().every { !it.name().endsWith('--incoming') && !it.name().endsWith('--migratedaway') }
            def journal = MigrationJournal.directory(home, host.hostName())
            assert !Files.exists(journal) || Files.list(journal).withCloseable { it.count() } == 0
        }
    }

    def "the link cut at random point #i of 10: one running copy, the target's datasets only with it, no snapshot left"() {
        given:
        long length = streamLength()
        long point = (long) (FaultInjectionSpec.pointsFrom(seed, i).nextDouble() * length)

        when:
        def outcome = migrateWithFault('cut', point)

        then:
        println "cut after $point of $length bytes: ${outcome.report ? 'migrated' : outcome.failure.message.readLines().last()}"
        exactlyOneCopyWithItsDisks(outcome)

        where:
        i << (0..<10)
    }

    def "the receiver killed at random point #i of 10: one running copy, the target's datasets only with it after recovery"() {
        given:
        long length = streamLength()
        long point = (long) (FaultInjectionSpec.pointsFrom(seed, 100 + i).nextDouble() * length)

        when:
        def outcome = migrateWithFault('kill', point)

        then:
        println "receiver killed after $point of $length bytes: ${outcome.report ? 'migrated' : outcome.failure.message.readLines().last()}"
        link.receiverFailure instanceof Killed
        exactlyOneCopyWithItsDisks(outcome)

        where:
        i << (0..<10)
    }

    def "the link cut at the handshake from the ready message on: one running copy, its disks with it"() {
        given:
        long length = streamLength()

        when:
        def outcome = migrateWithFault('cut', length - back)

        then:
        exactlyOneCopyWithItsDisks(outcome)

        where:
        back << [1, 20, Handshake.GO.length, Handshake.GO.length + 1, Handshake.GO.length + 8]
    }
}
