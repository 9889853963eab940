package xsh.toolstack.info

import spock.lang.Specification
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

class DomainListingSpec extends Specification {

    def hv = new FakeHypervisor()

    def setup() {
        hv.add(domid: 3, name: 'web')
        hv.add(domid: 5, name: 'db')
    }

    def "without an argument every domain, Domain-0 first, in domid order"() {
        expect:
        DomainListing.list(hv, Optional.empty())*.name() == ['Domain-0', 'web', 'db']
    }

    def "with an argument only that domain: #argument"() {
        expect:
        DomainListing.list(hv, Optional.of(argument))*.domid() == [domid]

        where:
        argument   | domid
        'db'       | 5
        '5'        | 5
        ''         | 0
        'Domain-0' | 0
    }

    def "a domid that does not exist is xl's message naming the argument as given: #argument"() {
        when:
        DomainListing.list(hv, Optional.of(argument))

        then:
        def e = thrown(XshException)
        e.message == "Error: Domain '$argument' does not exist."
        e.exitCode() == 1

        where:
        argument << ['9', '0009', '4294967305']
    }

    def "a name that matches nothing is find_domain's message"() {
        when:
        DomainListing.list(hv, Optional.of('nosuch'))

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
    }
}
