package xsh.shell

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.backend.HostConnector

/** {@code connect}: the host of the command lines that follow, as the REPL, -c and piped lines run them. */
class ConnectSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    ByteArrayOutputStream err = new ByteArrayOutputStream()
    CommandRunner runner
    GlobalOptions started = new GlobalOptions()

    def setup() {
        shell = new SimShellHarness(home)
        shell.guest('web')
        assert shell.run('host', 'create', 'h2').code == 0
    }

    def cleanup() {
        shell.close()
    }

    /** Lines run as the REPL runs them, from xsh started with {@code args}. */
    private CommandRunner lines(String... args) {
        new picocli.CommandLine(new Object() {
            @picocli.CommandLine.Mixin
            GlobalOptions options = started
        }).parseArgs(args)
        def errStream = new PrintStream(err, true, 'UTF-8')
        def reporter = new ErrorReporter(errStream, started.&debug, ErrorReporter.Audience.REPL)
        def table = XshCommand.forCommandLines(started.copy(), reporter, new HostConnector({ shell.hosts }))
        table.out = new PrintWriter(new OutputStreamWriter(out, 'UTF-8'), true)
        table.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        new CommandRunner(table, reporter)
    }

    private GlobalOptions session(CommandRunner runner) {
        ((XshCommand) runner.commandLine().command).globals()
    }

    private List<String> names() {
        def names = out.toString('UTF-8').readLines().drop(1).collect { it.split(/\s+/)[0] }
        out.reset()
        names
    }

    def "connect HOST: the lines that follow work on it; a line's own --host is that line's; connect alone goes back"() {
        given:
        def runner = lines()

        expect:
        runner.run('connect h2') == 0
        session(runner).sessionHost() == 'h2'
        runner.run('list') == 0
        names() == ['Domain-0']
        runner.run('--host default list') == 0
        names() == ['Domain-0', 'web']
        runner.run('list') == 0
        names() == ['Domain-0']
        runner.run('connect') == 0
        session(runner).sessionHost() == null
        runner.run('list') == 0
        names() == ['Domain-0', 'web']
        err.toString('UTF-8') == ''
    }

    def "connect alone goes back to the host xsh started on"() {
        given:
        def runner = lines('--host', 'h2')

        expect:
        runner.run('connect default; connect') == 0
        session(runner).sessionHost() == 'h2'
    }

    def "a host that does not exist, or a malformed remote one, is refused in one line and nothing changes: #host"() {
        given:
        def runner = lines()

        when:
        int code = runner.run("connect '$host'")

        then:
        code == 1
        err.toString('UTF-8').readLines() == [message]
        session(runner).sessionHost() == null

        where:
        host               | message
        'nosuch'           | "xsh: there is no embedded host 'nosuch' (host create nosuch makes one)"
        '../x'             | "invalid host name '../x': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
        'ssh://root@h:0'   | "xsh: invalid remote host 'ssh://root@h:0': the port must be a number from 1 to 65535"
    }

    def "hosts: the embedded hosts with their size, then the remembered remote ones; * marks the current one"() {
        given:
        Files.writeString(home.resolve('remote-hosts'), 'ssh://root@dom0\nnot a host\nssh://admin@dom1:2222\n')

        when:
        def table = shell.run('--host', 'h2', 'hosts')
        def remote = shell.run('--host', 'ssh://root@dom9', 'hosts')

        then:
        table.code == 0
        table.outLines[0] == '  Name                   Kind      CPUs  Memory(MiB)  Free(MiB)  Domains'   // as wide as the longest name
        table.outLines[1] ==~ /  default +embedded +8 +32768 +\d+ +2/
        table.outLines[2] ==~ /\* h2 +embedded +8 +32768 +\d+ +1/
        table.outLines[3..4] == ['  ssh://admin@dom1:2222  ssh', '  ssh://root@dom0        ssh']
        remote.code == 0
        remote.outLines[-1] == '* ssh://root@dom9        ssh'
        remote.outLines.count { it.startsWith('*') } == 1
    }
}
