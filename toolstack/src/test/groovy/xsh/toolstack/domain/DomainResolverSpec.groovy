package xsh.toolstack.domain

import spock.lang.Specification
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

/** xl's find_domain: digits are a domid, unchecked; anything else is an exact name. */
class DomainResolverSpec extends Specification {

    def hv = new FakeHypervisor()

    def setup() {
        hv.add(domid: 3, name: 'web')
        hv.add(domid: 7, name: '12')      // a name of digits: reachable only by its domid
        hv.add(domid: 8, name: 'dé jà')
    }

    def "#argument resolves to domid #domid"() {
        expect:
        Domids.text(DomainResolver.resolve(hv, argument)) == domid

        where:
        argument                    | domid
        '3'                         | '3'
        '0'                         | '0'
        '007'                       | '7'
        '9'                         | '9'            // not checked to exist
        ''                          | '0'            // strtoul("") is 0: the empty argument is Domain-0
        '12'                        | '12'           // digits win over the domain named "12"
        '4294967295'                | '4294967295'   // uint32_t max
        '4294967296'                | '0'            // the low 32 bits
        '4294967303'                | '7'
        '99999999999999999999999'   | '4294967295'   // strtoul saturates at ULONG_MAX
        'web'                       | '3'
        'Domain-0'                  | '0'
        'dé jà'                     | '8'
    }

    def "#argument is not a domain: xl's message and exit code 1"() {
        when:
        DomainResolver.resolve(hv, argument)

        then:
        def e = thrown(XshException)
        e.message == "$argument is an invalid domain identifier (rc=-6)"
        e.exitCode() == 1

        where:
        argument << ['nosuch', 'WEB', 'web ', ' 3', '3 ', '-1', '+3', '0x3', '٣', 'domain-0']
    }
}
