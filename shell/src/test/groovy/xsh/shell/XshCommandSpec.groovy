package xsh.shell

import picocli.CommandLine
import spock.lang.Specification

class XshCommandSpec extends Specification {

    def err = new ByteArrayOutputStream()

    CommandLine invocation(GlobalOptions globals) {
        XshCommand.forInvocation(globals, new ErrorReporter(new PrintStream(err, true), globals.&debug,
                ErrorReporter.Audience.COMMAND_LINE))
    }

    def "the command table: xl's lifecycle and information commands, then xsh's own"() {
        expect:
        invocation(new GlobalOptions()).subcommands.keySet() as List == ['create', 'config-update', 'list', 'info', 'pause', 'unpause', 'shutdown', 'reboot', 'destroy', 'rename', 'save', 'restore', 'migrate', 'migrate-receive',
                'mem-max', 'mem-set', 'vcpu-list', 'vcpu-pin', 'vcpu-set', 'sched-credit', 'sched-credit2',
                'cpupool-create', 'cpupool-list', 'cpupool-destroy', 'cpupool-rename', 'cpupool-cpu-add', 'cpupool-cpu-remove',
                'cpupool-migrate', 'cpupool-numa-split',
                'uptime', 'domid', 'domname', 'vm-list', 'dmesg', 'log', 'console', 'top', 'trigger', 'sysrq', 'dump-core', 'zfs', 'truncate',
                'checkpoint',
                'host', 'hosts', 'connect', 'cfg', 'xl', 'clear', 'exit', 'help',
                'completion', 'groovy']
    }

    def "global options land in the shared options object: #args"() {
        given:
        def globals = new GlobalOptions()

        when:
        invocation(globals).parseArgs(args as String[])

        then:
        globals.host() == host
        globals.backend() == backend
        globals.json() == json
        globals.debug() == debug

        where:
        args                                                   | host  | backend                      | json  | debug
        []                                                     | null  | GlobalOptions.Backend.sim | false | false
        ['--host', 'dom0', '--backend', 'xen']                 | 'dom0'| GlobalOptions.Backend.xen | false | false
        ['--json', '--debug', 'cfg']                           | null  | GlobalOptions.Backend.sim | true  | true
        ['--host=h2', '--backend=sim', '-c', 'help']           | 'h2'  | GlobalOptions.Backend.sim | false | false
    }

    def "command lines start from the invocation's global options and may add to them per line"() {
        given:
        def globals = new GlobalOptions()
        invocation(globals).parseArgs('--json', '--host', 'dom0', '-c', 'help')
        def runner = XshCommand.commandLineRunner(globals, ErrorReporter.Audience.COMMAND_LINE,
                CommandLine.Help.Ansi.OFF)
        def line = runner.commandLine()
        XshCommand lineCommand = line.command

        when:
        line.parseArgs('--debug', 'exit')

        then:
        lineCommand.globals().json()
        lineCommand.globals().debug()
        lineCommand.globals().host() == 'dom0'

        when: 'the next line starts afresh from the invocation'
        line.parseArgs('exit')

        then:
        lineCommand.globals().json()
        !lineCommand.globals().debug()
        !globals.debug()
    }

    def "-c takes words that look like commands or options"() {
        given:
        def globals = new GlobalOptions()
        def commandLine = invocation(globals)

        when:
        commandLine.parseArgs('-c', text)

        then:
        commandLine.parseResult.matchedOptionValue('-c', null) == text

        where:
        text << ['help', '--version', 'exit 3']
    }

    def "exit as xsh's command exits with its code: #args"() {
        expect:
        invocation(new GlobalOptions()).execute(args as String[]) == exitCode

        where:
        args          | exitCode
        ['exit']      | 0
        ['exit', '3'] | 3
    }

    def "-c and a command together are a usage error"() {
        expect:
        invocation(new GlobalOptions()).execute('-c', 'help', 'exit') == 2
        err.toString().readLines() == ["xsh: -c and a command cannot be given together. Try 'xsh --help'."]
    }
}
