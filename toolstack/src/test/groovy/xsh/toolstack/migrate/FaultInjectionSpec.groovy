package xsh.toolstack.migrate

import java.nio.file.Files
import spock.lang.Shared
import xsh.error.XshException
import xsh.hv.DomainInfo
import xsh.hv.sim.SimHost
import xsh.toolstack.vmcontrol.ConfigFileReader
import xsh.toolstack.vmcontrol.ConfigTyper
import xsh.toolstack.vmcontrol.DomainCreator

/**
 * The link cut, or the receiver killed, at random points of the stream: each time exactly one
 * copy of the domain runs afterwards (the source under its own name, unless the target runs
 * it), no {@code NAME--incoming} is left, and no guest's files are left at the target. The
 * seed is printed; {@code -DfaultSeed=N} runs the same points again.
 */
class FaultInjectionSpec extends MigrationFixture {

    static final String UUID = '5a1c0c3e-7f2b-4d3a-9e61-2b8f0d4c6a71'

    @Shared
    long seed = Long.getLong('faultSeed', System.nanoTime())

    def setupSpec() {
        println "FaultInjectionSpec seed: $seed (-DfaultSeed=$seed runs the same points again)"
    }

    DomainInfo db(SimHost host) {
        def file = home.resolve('db.cfg')
        Files.writeString(file, """name = "db"
uuid = "$UUID"
type = "pv"
kernel = "$kernel"
memory = 16
vcpus = 2
""")
        def domain = new DomainCreator(host, false).create(ConfigTyper.type(ConfigFileReader.read(
                Optional.of(file.toString()), [])), false)
        host.setDirtyRate(domain.domid(), 16 * MiB)
        domain
    }

    /** The random numbers of point {@code i}: far apart for neighbouring points, the same for the same seed. */
    static Random pointsFrom(long seed, int i) {
        new Random(new SplittableRandom(seed).split().nextLong() + i * 0x9E3779B97F4A7C15L)
    }

    /** How long the stream of this very migration is: the same domain, moved between two other hosts. */
    long streamLength() {
        def r1 = hosts.open('r1')
        def r2 = hosts.open('r2')
        try {
            db(r1)
            clock.advanceSeconds(30)
            def reference = new PipedLink(r2, home.toFile(), ReceiverFlags.DEFAULT)
            reference.meter = { long n -> clock.advance(java.time.Duration.ofNanos((long) (n * 1e9 / LINK_BYTES_PER_SECOND))) }
            new Migrator(r1, home).migrate(MigrateRequest.of('db'), reference, { } , MigrationProgress.NONE)
            reference.close()
            reference.sent
        } finally {
            r1.close()
            r2.close()
        }
    }

    Outcome migrateWithFault(String fault, long point) {
        def original = db(source)
        clock.advanceSeconds(30)
        linkTo()
        link.probe = { String name, boolean leftPaused -> TargetSettlement.settle(target, name, leftPaused) } as TargetProbe
        if (fault == 'cut') {
            link.cutAfter = point
        } else {
            link.receiverDiesAfter = point
        }
        def outcome = new Outcome(original: original)
        try {
            outcome.report = migrate('db')
        } catch (XshException e) {
            outcome.failure = e
        }
        if (link.receiverFailure instanceof Killed) {
            // the next process to open the target finds the dead receiver's journal
            MigrationRecovery.recoverInterrupted(home, target, notices, { true })
        }
        outcome
    }

    static class Outcome {
        DomainInfo original
        MigrationReport report
        XshException failure
    }

    void exactlyOneCopyRuns(Outcome outcome) {
        def copies = (source.domains() + target.domains()).findAll { it.uuid() == outcome.original.uuid() }
        assert copies.size() == 1
        def copy = copies[0]
        assert copy.name() == 'db'
        assert !copy.state().paused() && !copy.state().isShutdown()
        if (outcome.report != null) {
            assert target.domainNamed('db').isPresent()
        } else {
            assert outcome.failure.exitCode() == 1
            assert source.domainNamed('db').map { it.domid() }.orElse(-1) == outcome.original.domid() ||
                    target.domainNamed('db').isPresent()
        }
        [source, target].each { host ->
            assert host.domains().every { !it.name().endsWith('--incoming') && !it.name().endsWith('--migratedaway') }
            def dirs = Files.list(host.layout().guestsDir()).withCloseable { it.toList() }
            assert dirs.size() == host.domains().count { !it.isDomain0() }
            def journal = MigrationJournal.directory(home, host.hostName())
            assert !Files.exists(journal) || Files.list(journal).withCloseable { it.count() } == 0
        }
    }

    def "the link cut at random point #i of 10: exactly one running copy, nothing partial left"() {
        given:
        def random = pointsFrom(seed, i)
        long length = streamLength()
        long point = (long) (random.nextDouble() * length)

        when:
        def outcome = migrateWithFault('cut', point)

        then:
        println "cut after $point of $length bytes: ${outcome.report ? 'migrated' : outcome.failure.message.readLines().last()}"
        exactlyOneCopyRuns(outcome)

        where:
        i << (0..<10)
    }

    def "the receiver killed at random point #i of 10: exactly one running copy, nothing partial left after recovery"() {
        given:
        def random = pointsFrom(seed, 100 + i)
        long length = streamLength()
        long point = (long) (random.nextDouble() * length)

        when:
        def outcome = migrateWithFault('kill', point)

        then:
        println "receiver killed after $point of $length bytes: ${outcome.report ? 'migrated' : outcome.failure.message.readLines().last()}"
        link.receiverFailure instanceof Killed
        exactlyOneCopyRuns(outcome)

        where:
        i << (0..<10)
    }

    def "the link cut at the handshake's every byte from the ready message on: still exactly one running copy"() {
        given:
        long length = streamLength()

        when:
        def outcome = migrateWithFault('cut', length - back)

        then:
        exactlyOneCopyRuns(outcome)

        where:
        back << [1, 20, Handshake.GO.length, Handshake.GO.length + 1, Handshake.GO.length + 8]
    }
}
