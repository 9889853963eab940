package xsh.shell.backend

import spock.lang.Specification
import xsh.shell.ShellHarness

class HostConnectorSpec extends Specification {

    def shell = new ShellHarness()

    def "the host is 'default' unless --host names another"() {
        when:
        shell.run('list')
        shell.run('--host', 'lab', 'list')

        then:
        shell.hosts.names() == ['default', 'lab']
    }

    def "what cannot be reached is said in one line, exit code 1: #args"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 1
        r.errLines == [message]
        shell.hosts.names().isEmpty()

        where:
        args                                  | message
        ['--host', 'ssh://root@', 'list']     | "xsh: invalid remote host 'ssh://root@': the host is missing"
        ['--backend', 'xen', 'list']          | 'cannot run xl on this machine: No such file or directory (--backend xen needs a Xen Dom0 with xl on PATH)'
        ['--host', '../x', 'list']            | "invalid host name '../x': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
    }

    def "commands that need no host never make the provider"() {
        given:
        int made = 0
        def connector = new HostConnector({ made++; shell.hosts })

        when:
        connector.hostName(new xsh.shell.GlobalOptions())

        then:
        made == 0
    }
}
