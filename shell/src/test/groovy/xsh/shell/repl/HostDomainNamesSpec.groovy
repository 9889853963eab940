package xsh.shell.repl

import spock.lang.Specification
import xsh.shell.GlobalOptions
import xsh.shell.backend.HostConnector
import xsh.toolstack.fake.FakeHosts

class HostDomainNamesSpec extends Specification {

    def hosts = new FakeHosts()
    def names = new HostDomainNames(new HostConnector({ hosts }), new GlobalOptions())

    def "a refresh learns the host's domain names"() {
        given:
        hosts.open('default').add(name: 'web')

        when:
        names.refresh()

        then:
        names.names() == ['Domain-0', 'web'] as Set
    }

    def "a host that does not exist is not made to list its domains"() {
        when:
        names.refresh()

        then:
        names.names().isEmpty()
        hosts.names().isEmpty()
    }
}
