package xsh.toolstack.info

import spock.lang.Specification
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.toolstack.fake.FakeHypervisor

class DomainNamesSpec extends Specification {

    def hv = new FakeHypervisor()

    def setup() {
        hv.add(domid: 7, name: 'web')
        hv.add(domid: 12, name: '42')
    }

    def "domid NAME: exact names only"() {
        expect:
        DomainNames.domid(hv, name) == domid

        where:
        name       | domid
        'web'      | 7
        'Domain-0' | 0
        '42'       | 12
    }

    def "domid of no domain: xl's message"() {
        when:
        DomainNames.domid(hv, name)

        then:
        def e = thrown(XshException)
        e.message == "Can't get domid of domain name '$name', maybe this domain does not exist."
        e.exitCode() == 1

        where:
        name << ['nosuch', '7', 'WEB', '']
    }

    def "domname reads its argument as strtol does: #argument"() {
        expect:
        DomainNames.name(hv, argument) == name

        where:
        argument | name
        '7'      | 'web'
        '0'      | 'Domain-0'
        ' 7'     | 'web'
        '+7'     | 'web'
        '7abc'   | 'web'
        '007'    | 'web'
        '12'     | '42'
        '4294967303' | 'web'   // strtol keeps it whole, the uint32_t keeps 7
    }

    def "domname of no domain: xl's message with the id as %u"() {
        when:
        DomainNames.name(hv, argument)

        then:
        def e = thrown(XshException)
        e.message == "Can't get domain name of domain id '$shown', maybe this domain does not exist."

        where:
        argument                 | shown
        '9'                      | '9'
        '-1'                     | '4294967295'
        '99999999999999999999'   | '4294967295'            // LONG_MAX, cut to 32 bits
    }

    def "domname without digits: Invalid domain id. and a blank line"() {
        when:
        DomainNames.name(hv, argument)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Invalid domain id.', '']
        e.exitCode() == 1

        where:
        argument << ['web', '', '-', ' x1']
    }
}
