package xsh.toolstack.host

import spock.lang.Specification
import xsh.error.XshException

class HostNamesSpec extends Specification {

    def "#name is a host name"() {
        expect:
        HostNames.check(name) == name

        where:
        name << ['default', 'big', 'host2', 'rack-1.a_b', '9', 'a' * 64]
    }

    def "#name is not"() {
        when:
        HostNames.check(name)

        then:
        def e = thrown(XshException)
        e.message.startsWith("invalid host name '$name': ")
        e.exitCode() == 1

        where:
        name << ['', '-x', '.hidden', 'a/b', '../x', 'a b', 'ssh://h', 'é', 'a' * 65]
    }
}
