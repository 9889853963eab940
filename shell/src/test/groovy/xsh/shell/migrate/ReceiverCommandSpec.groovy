package xsh.shell.migrate

import spock.lang.Specification
import xsh.error.XshException
import xsh.toolstack.migrate.ReceiverFlags

class ReceiverCommandSpec extends Specification {

    def "the receiver's argument vector for -s '#ssh' to #host with #flags: #argv"() {
        expect:
        ReceiverCommand.overSsh(ssh, host, flags) == argv

        where:
        ssh                        | host                    | flags                                   || argv
        'ssh'                      | 'h2'                    | ReceiverFlags.DEFAULT                   || ['ssh', 'h2', 'xsh', 'migrate-receive']
        'ssh'                      | 'root@h2'               | new ReceiverFlags(false, false, false)  || ['ssh', 'root@h2', 'xsh', 'migrate-receive', '-e']
        'ssh'                      | 'h2'                    | new ReceiverFlags(false, true, true)    || ['ssh', 'h2', 'xsh', 'migrate-receive', '-d']
        'ssh'                      | 'h2'                    | new ReceiverFlags(true, true, false)    || ['ssh', 'h2', 'xsh', 'migrate-receive', '-p']
        'ssh'                      | 'h2'                    | new ReceiverFlags(true, false, true)    || ['ssh', 'h2', 'xsh', 'migrate-receive', '-e', '-d', '-p']
        'ssh -p 2222 -l admin'     | 'h2'                    | ReceiverFlags.DEFAULT                   || ['ssh', '-p', '2222', '-l', 'admin', 'h2', 'xsh', 'migrate-receive']
        "ssh -o 'ProxyJump j 1'"   | 'h2'                    | ReceiverFlags.DEFAULT                   || ['ssh', '-o', 'ProxyJump j 1', 'h2', 'xsh', 'migrate-receive']
        '/opt/my ssh'              | 'h2'                    | ReceiverFlags.DEFAULT                   || ['/opt/my', 'ssh', 'h2', 'xsh', 'migrate-receive']
        '"/opt/my ssh"'            | 'h2'                    | ReceiverFlags.DEFAULT                   || ['/opt/my ssh', 'h2', 'xsh', 'migrate-receive']
        'ssh'                      | 'h2; rm -rf /'          | ReceiverFlags.DEFAULT                   || ['ssh', 'h2; rm -rf /', 'xsh', 'migrate-receive']
        ''                         | 'nc h2 8002'            | new ReceiverFlags(true, false, true)    || ['nc', 'h2', '8002']
        ''                         | "sh -c 'xsh migrate-receive'" | ReceiverFlags.DEFAULT             || ['sh', '-c', 'xsh migrate-receive']
    }

    def "an ssh command that is not one command line is refused: '#ssh'"() {
        when:
        ReceiverCommand.overSsh(ssh, host, ReceiverFlags.DEFAULT)

        then:
        XshException e = thrown()
        e.exitCode() == 1
        e.message == message

        where:
        ssh          | host  || message
        "ssh 'oops"  | 'h2'  || "migrate: -s 'ssh 'oops': missing closing ' quote"
        'ssh; reboot' | 'h2' || "migrate: -s 'ssh; reboot' must be one command (no ';')"
        '   '        | 'h2'  || "migrate: -s '   ' names no command"
        ''           | '"h2' || "migrate: HOST '\"h2': missing closing \" quote"
    }

    def "local:NAME starts this xsh on host NAME with the flags, on the same class path"() {
        given:
        def java = new JavaLauncher('/jdk/bin/java', ['-XX:TieredStopAtLevel=1'], '/x/xsh.jar', 'xsh.shell.Main')

        expect:
        java.command(ReceiverLinks.localArguments('h2', new ReceiverFlags(true, false, false))) ==
                ['/jdk/bin/java', '-XX:TieredStopAtLevel=1', '-cp', '/x/xsh.jar', 'xsh.shell.Main',
                 '--host', 'h2', 'migrate-receive', '-e', '-p']
    }

    def "the receiver started for local:NAME keeps this JVM's options but its agents and archive dumps"() {
        expect:
        JavaLauncher.inherited(['-Xlog:disable', '-javaagent:/j/jacoco.jar=x', '-XX:SharedArchiveFile=/c/a.jsa',
                                '-XX:ArchiveClassesAtExit=/t/a', '-agentlib:jdwp=transport=dt_socket', '-Dx=y']) ==
                ['-Xlog:disable', '-XX:SharedArchiveFile=/c/a.jsa', '-Dx=y']
    }

    def "HOST is local:NAME or anything else for ssh: #text"() {
        expect:
        MigrationHost.parse(text) == host
        MigrationHost.parse(text).text() == text

        where:
        text             || host
        'local:h2'       || new MigrationHost.Local('h2')
        'h2'             || new MigrationHost.Remote('h2')
        'root@h2.lan'    || new MigrationHost.Remote('root@h2.lan')
        'localhost'      || new MigrationHost.Remote('localhost')
    }

    def "an empty HOST, or local: without a name, is refused: '#text'"() {
        when:
        MigrationHost.parse(text)

        then:
        XshException e = thrown()
        e.exitCode() == 1
        e.message == message

        where:
        text      || message
        ''        || 'migrate: HOST is empty: give an ssh destination or local:NAME'
        'local:'  || 'migrate: local:: local: needs the name of an embedded host'
    }
}
