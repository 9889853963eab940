package xsh.shell.remote

import spock.lang.Specification
import xsh.error.XshException

class SshTargetSpec extends Specification {

    def "#text names user #user, host #host, port #port; ssh reaches it as #destination"() {
        when:
        def target = SshTarget.parse(text)

        then:
        target.user() == user
        target.host() == host
        target.port() == port
        target.destination() == destination
        target.toString() == text

        where:
        text                          | user   | host          | port  | destination
        'ssh://dom0'                  | null   | 'dom0'        | 0     | 'dom0'
        'ssh://root@dom0'             | 'root' | 'dom0'        | 0     | 'root@dom0'
        'ssh://root@10.0.0.2:2222'    | 'root' | '10.0.0.2'    | 2222  | 'root@10.0.0.2'
        'ssh://admin@h2.lab.example'  | 'admin'| 'h2.lab.example' | 0  | 'admin@h2.lab.example'
        'ssh://root@[fe80::1]:22'     | 'root' | '[fe80::1]'   | 22    | 'root@fe80::1'
        'ssh://x@h:65535'             | 'x'    | 'h'           | 65535 | 'x@h'
    }

    def "a malformed remote host is refused in one line that says what is wrong: #text"() {
        when:
        SshTarget.parse(text)

        then:
        def e = thrown(XshException)
        e.exitCode() == 1
        e.message == "xsh: invalid remote host '$text': $why"

        where:
        text                              | why
        'ssh://'                          | 'the host is missing'
        'ssh://root@'                     | 'the host is missing'
        'ssh://root@h:0'                  | 'the port must be a number from 1 to 65535'
        'ssh://root@h:65536'              | 'the port must be a number from 1 to 65535'
        'ssh://root@h:ssh'                | 'the port must be a number from 1 to 65535'
        'ssh://root@h:'                   | 'the port must be a number from 1 to 65535'
        'ssh://-oProxyCommand=x'          | "the host must be a name or an address (letters, digits, '.' and '-', not starting with '-'), an IPv6 address in brackets"
        'ssh://-l@h'                      | "the user must be letters, digits, '.', '_' and '-', not starting with '-'"
        'ssh://a b@h'                     | "the user must be letters, digits, '.', '_' and '-', not starting with '-'"
        'ssh://root@h;reboot'             | "the host must be a name or an address (letters, digits, '.' and '-', not starting with '-'), an IPv6 address in brackets"
        'ssh://root@h/path'               | 'write ssh://[user@]host[:port]'
        'ssh://a@b@c'                     | 'write ssh://[user@]host[:port]'
    }

    def "only ssh:// names a remote host"() {
        expect:
        SshTarget.isRemote('ssh://h')
        !SshTarget.isRemote('h')
        !SshTarget.isRemote(null)
        !SshTarget.isRemote('SSH://h')
    }
}
