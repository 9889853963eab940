package xsh.hv.sim

import java.nio.file.Files
import xsh.error.XshException
import xsh.hv.HostSpec

class SimHostsSpec extends SimHostFixture {

    def "a host is made on first use with the default size, Domain-0 running in Pool-0"() {
        when:
        def info = host.hostInfo()
        def doms = host.domains()

        then:
        Files.exists(home.resolve('hosts/h1/host.db'))
        info.host() == 'h1'
        info.nrCpus() == 8
        info.totalMemoryMib() == 32768
        info.xenVersion() == '4.17.7'
        info.xenScheduler().libxlName() == 'credit2'
        doms.size() == 1
        with(doms[0]) {
            domid() == 0
            name() == 'Domain-0'
            state().flags() == 'r-----'
            currentKib() == 8192 * 1024
            onlineVcpus() == 4
            pool() == 'Pool-0'
        }
        host.cpupools()*.name() == ['Pool-0']
        host.cpupools()[0].cpus().cardinality() == 8
        hosts.names() == ['h1']
    }

    def "create refuses a name that exists; open finds it again"() {
        given:
        hosts.create('big', new HostSpec(16, 65536, 4096, 2))

        when:
        hosts.create('big', HostSpec.DEFAULT)

        then:
        def e = thrown(XshException)
        e.message == "host 'big' already exists"

        when:
        def again = hosts.open('big')

        then:
        again.hostInfo().nrCpus() == 16
        hosts.names() == ['big', 'h1']

        cleanup:
        again?.close()
    }

    def "several openers of a new name at once all get the same host"() {
        given:
        def start = new java.util.concurrent.CountDownLatch(1)
        def opened = Collections.synchronizedList([])

        when:
        def threads = (1..6).collect {
            Thread.start {
                start.await()
                opened << new SimHosts(home, clock).open('fresh')
            }
        }
        start.countDown()
        threads*.join()
        opened[0].create(guest('g'), false)

        then:
        opened.size() == 6
        opened.every { it.domainNamed('g').isPresent() }
        home.resolve('hosts/fresh').toFile().list().findAll { it.endsWith('.tmp') }.isEmpty()

        cleanup:
        opened*.close()
    }
}
