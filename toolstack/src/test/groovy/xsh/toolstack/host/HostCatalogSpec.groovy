package xsh.toolstack.host

import spock.lang.Specification
import xsh.hv.HostSpec
import xsh.error.XshException
import xsh.toolstack.fake.FakeHosts

class HostCatalogSpec extends Specification {

    def hosts = new FakeHosts()
    def catalog = new HostCatalog(hosts)

    def "create makes a host of the given size and tells its xl info"() {
        when:
        def info = catalog.create('big', new HostSpec(16, 65536, 8192, 4))

        then:
        info.nrCpus() == 16
        info.totalMemoryMib() == 65536
        hosts.specs.big == new HostSpec(16, 65536, 8192, 4)
        hosts.hosts.big.closed == 1
    }

    def "create refuses a name that exists, in the provider's words"() {
        given:
        catalog.create('big', HostSpec.DEFAULT)

        when:
        catalog.create('big', HostSpec.DEFAULT)

        then:
        def e = thrown(XshException)
        e.message == "host 'big' already exists"
    }

    def "list tells each host's size and domains, marking the current one"() {
        given:
        hosts.open('default')
        catalog.create('big', new HostSpec(16, 65536, 8192, 4))
        hosts.hosts.big.add(name: 'web')

        expect:
        catalog.list('big') == [
                new HostSummary('big', true, 16, 65536, 57344, 2),
                new HostSummary('default', false, 8, 32768, 24064, 1)]
    }
}
