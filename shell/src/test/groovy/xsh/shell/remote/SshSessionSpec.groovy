package xsh.shell.remote

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir

/** The ssh command lines xsh runs: an argument vector, the remote words quoted once, the control socket under XSH_HOME. */
class SshSessionSpec extends Specification {

    @TempDir
    Path tmp

    /** A short XSH_HOME: ssh's socket path must fit in 104 bytes. */
    Path home = Path.of('/x/home')

    def "a command goes through the control socket, as one quoted remote command line after --"() {
        given:
        def ssh = SshProgram.from([XSH_SSH_OPTS: ' -i /k/key  -o BatchMode=yes '])
        def session = new SshSession(SshTarget.parse('ssh://root@h2:2222'), ssh, home)

        expect:
        session.command(['--json', 'list', "a b'c"], false) == ['ssh', '-i', '/k/key', '-o', 'BatchMode=yes',
                '-o', 'ControlMaster=no', '-o', "ControlPath=${home}/ssh/%C".toString(), '-o', 'ControlPersist=60',
                '-p', '2222', '-T', 'root@h2', '--', "'xsh' '--json' 'list' 'a b'\\''c'"]
        session.command(['console', 'web'], true)[-4..-1] == ['-t', 'root@h2', '--', "'xsh' 'console' 'web'"]
    }

    def "the program, the remote xsh and a % in XSH_HOME (ssh's own escape) are taken care of"() {
        given:
        def ssh = SshProgram.from([XSH_SSH: '/opt/ssh/bin/ssh', XSH_REMOTE_XSH: '/opt/xsh/bin/xsh'])
        def session = new SshSession(SshTarget.parse('ssh://h2'), ssh, home.resolve('100%'))

        when:
        def command = session.command(['list'], false)

        then:
        command[0] == '/opt/ssh/bin/ssh'
        command.contains("ControlPath=${home}/100%%/ssh/%C".toString())
        !command.contains('-p')
        command[-1] == "'/opt/xsh/bin/xsh' 'list'"
    }

    def "an ssh that cannot be run is said in one line"() {
        given:
        def session = new SshSession(SshTarget.parse('ssh://h2'), SshProgram.from([XSH_SSH: '/nonexistent/ssh']), tmp)

        when:
        session.run(['list'], SshSession.Input.NONE)

        then:
        def e = thrown(xsh.error.XshException)
        e.message.startsWith('xsh: ssh://h2: cannot run /nonexistent/ssh: ')
        e.exitCode() == 1
    }

    def "an XSH_HOME too long for ssh's socket path keeps its sockets in a directory of its own under the temporary directory"() {
        given:
        def longHome = Path.of('/home/someone/' + 'a' * 40)

        expect:
        SshSession.controlDirectory(Path.of('/root/.xsh')) == Path.of('/root/.xsh/ssh')
        SshSession.controlDirectory(longHome).parent == Path.of(System.getProperty('java.io.tmpdir'))
        SshSession.controlDirectory(longHome).fileName.toString() ==~ /xsh-ssh-[0-9a-f]+/
        SshSession.controlDirectory(longHome) != SshSession.controlDirectory(longHome.resolve('b'))
    }
}
