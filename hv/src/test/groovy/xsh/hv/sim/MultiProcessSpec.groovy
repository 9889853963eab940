package xsh.hv.sim

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.DomainInfo
import xsh.hv.HostSpec
import xsh.hv.sim.host.HostMemory

/**
 * Several xsh processes on one host, as a user with two terminals (or a script and a
 * terminal) has: each sees what the others did, time flows between them, and racing
 * writers lose nothing.
 */
class MultiProcessSpec extends Specification {

    @TempDir
    Path home

    Path kernel

    def setup() {
        kernel = Files.writeString(home.resolve('vmlinuz'), 'kernel')
    }

    Process worker(String host, String... args) {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def command = [java, '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto',
                       '-cp', System.getProperty('java.class.path'), HostWorker.name, home.toString(), host] + args.toList()
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start()
    }

    List<String> run(String host, String... commands) {
        def p = worker(host, (['run'] + commands.toList()) as String[])
        def lines = p.inputStream.text.readLines()
        assert p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0
        lines
    }

    def "a second process sees what the first did, acts on it, and the first sees that"() {
        given:
        def hosts = new SimHosts(home)
        def host = hosts.open('shared')
        host.create(HostWorker.guest('web', kernel.toString(), 256), false)

        when:
        def out = run('shared', 'list', 'pause web', 'pause web', "create db 128 $kernel", "create web 128 $kernel")

        then:
        out[0] ==~ /ok Domain-0:0:r----- web:1:(r-----|-b----)/
        out[1..2] == ['ok', 'ok']
        out[3] == 'ok 2'
        out[4] == 'error Domain with name "web" already exists.'
        host.domainNamed('web').get().state().pauseCount() == 2
        host.domains()*.name() == ['Domain-0', 'web', 'db']

        cleanup:
        host?.close()
    }

    def "time flows without a daemon: a reboot asked for by a process that has exited still happens"() {
        given:
        def host = new SimHosts(home).open('t')
        host.updateSettings(host.settings().withShutdownDelay(Duration.ofMillis(200)).withRestartDelay(Duration.ofMillis(300)))
        def web = host.create(HostWorker.guest('web', kernel.toString(), 256), false)

        when:
        def out = run('t', 'reboot web')
        Thread.sleep(800)
        def again = host.domainNamed('web').get()

        then:
        out == ['ok']
        again.domid() == web.domid() + 1
        again.uuid() == web.uuid()

        cleanup:
        host?.close()
    }

    def "two processes creating at once: every domain is there, names and ids unique"() {
        given:
        def host = new SimHosts(home).open('race')
        def mine = (1..15).collect { "a$it" }
        def theirs = (1..15).collect { "create b$it 64 $kernel" }

        when:
        def other = worker('race', (['run'] + theirs) as String[])
        def ids = mine.collect { host.create(HostWorker.guest(it, kernel.toString(), 64), false).domid() }
        def out = other.inputStream.text.readLines()
        other.waitFor(60, TimeUnit.SECONDS)
        def domains = host.domains()

        then:
        out.every { it.startsWith('ok ') }
        domains.size() == 31
        domains*.domid().toSet().size() == 31
        domains*.name().toSet() == (['Domain-0'] + mine + (1..15).collect { "b$it" }).toSet()
        (ids + out.collect { it.substring(3) as int }).sort() == (1..30).toList()

        cleanup:
        host?.close()
    }

    def "a process killed in the middle of its work leaves a consistent host"() {
        given:
        new SimHosts(home).open('kill').close()
        def churn = worker('kill', 'churn', kernel.toString())
        assert churn.inputStream.newReader().readLine() == 'started'
        Thread.sleep(700)

        when:
        churn.destroyForcibly().waitFor()
        Thread.sleep(500) // balloons of running guests settle, so two observations agree
        def host = new SimHosts(home).open('kill')
        def domains = host.domains()

        then:
        domains.size() > 1
        Invariants.hold(host)
        domains.findAll { it.domid() != 0 }.every { host.definition(it.domid()).isPresent() }

        cleanup:
        host?.close()
    }

    def "stress: 4 processes × 100 random operations; invariants hold and each domain matches its process's log"() {
        given:
        def hosts = new SimHosts(home)
        def host = hosts.create('stress', new HostSpec(16, 131072, 4096, 4))
        host.updateSettings(host.settings().withBalloonKibPerSecond(1L << 40))
        host.create(HostWorker.guest('shared', kernel.toString(), 64), false)
        def logs = (1..4).collect { home.resolve("log-$it") }

        when:
        def workers = (1..4).collect { id ->
            worker('stress', 'stress', "$id", '100', "${id * 7919}", logs[id - 1].toString(), kernel.toString())
        }
        workers.each { assert it.waitFor(120, TimeUnit.SECONDS) && it.exitValue() == 0 }
        def model = Invariants.replay(logs.collect { Files.readAllLines(it) })
        def domains = host.domains().findAll { it.name().startsWith('p') }

        then: 'the operations really raced'
        logs.every { Files.readAllLines(it).size() > 50 }

        and: 'the host is what the successful operations made it'
        domains*.name().toSet() == model.domains.keySet()
        domains.every { DomainInfo d ->
            def m = model.domains[d.name()]
            d.domid() == m.domid && d.state().pauseCount() == m.pauses && d.targetKib() == m.targetKib &&
                    d.onlineVcpus() == m.vcpus && host.schedParams(d.domid()).weight().asInt == m.weight
        }
        host.domainNamed('shared').get().state().pauseCount() == model.sharedPauses

        and: 'no domid was handed out twice within the minute'
        model.createdDomids.size() == model.createdDomids.toSet().size()

        and:
        Invariants.hold(host)

        cleanup:
        host?.close()
    }

    /** The rules a host's state always obeys, checked from the outside. */
    static class Invariants {

        static boolean hold(SimHost host) {
            def domains = host.domains()
            def info = host.hostInfo()
            def pools = host.cpupools()
            assert domains*.domid().toSet().size() == domains.size()
            def named = domains*.name().findAll { !it.isEmpty() }
            assert named.toSet().size() == named.size()
            // free = capacity − Σ held; a domain holds its current memory, or its target while
            // growing toward it (on a host with room for every target, as here)
            long held = domains.sum { DomainInfo d -> Math.max(d.currentKib(), d.targetKib()) } as long
            long capacity = HostMemory.domainCapacityKib(new HostSpec(info.nrCpus(), info.totalMemoryMib(), 0, 1))
            assert info.freeMemoryMib() == Math.floorDiv(capacity - held, 1024)
            assert domains.every { d -> pools.count { it.name() == d.pool() } == 1 }
            assert pools.sum { it.domainCount() } == domains.size()
            def allCpus = new BitSet()
            pools.each { p -> assert !allCpus.intersects(p.cpus()); allCpus = allCpus | p.cpus() }
            assert allCpus.cardinality() + info.freeCpus() == info.nrCpus()
            true
        }

        static class Model {
            Map<String, Dom> domains = [:]
            int sharedPauses = 0
            List<Integer> createdDomids = []
        }

        static class Dom {
            int domid
            int pauses
            long targetKib
            int vcpus = 1
            int weight = 256
        }

        /** Each process's own domains are touched by it alone, so its log replays in order; shared pauses add up. */
        static Model replay(List<List<String>> logs) {
            def m = new Model()
            logs.each { lines ->
                lines.each { line ->
                    def w = line.tokenize(' ')
                    switch (w[0]) {
                        case 'create':
                            m.domains[w[1]] = new Dom(domid: w[2] as int, pauses: w[4] == 'true' ? 1 : 0,
                                    targetKib: (w[3] as long) * 1024)
                            m.createdDomids << (w[2] as int)
                            break
                        case 'destroy': m.domains.remove(w[1]); break
                        case 'pause': if (w[1] == 'shared') { m.sharedPauses++ } else { m.domains[w[1]].pauses++ }; break
                        case 'unpause': if (w[1] == 'shared') { m.sharedPauses-- } else { m.domains[w[1]].pauses-- }; break
                        case 'memset': m.domains[w[1]].targetKib = (w[2] as long) * 1024; break
                        case 'vcpuset': m.domains[w[1]].vcpus = w[2] as int; break
                        case 'rename': m.domains[w[2]] = m.domains.remove(w[1]); break
                        case 'weight': m.domains[w[1]].weight = w[2] as int; break
                    }
                }
            }
            m
        }
    }
}
