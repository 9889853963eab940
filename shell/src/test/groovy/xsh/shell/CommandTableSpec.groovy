package xsh.shell

import picocli.CommandLine
import spock.lang.Specification

class CommandTableSpec extends Specification {

    static final List<String> ALL = XshCommand.forCommandLines(new GlobalOptions(),
            new ErrorReporter(System.err, { false }, ErrorReporter.Audience.COMMAND_LINE)).subcommands.keySet() as List

    def err = new ByteArrayOutputStream()

    CommandLine onDemand() {
        def globals = new GlobalOptions()
        XshCommand.forCommandLinesOnDemand(globals, new ErrorReporter(new PrintStream(err, true), globals.&debug,
                ErrorReporter.Audience.COMMAND_LINE), XshCommand.embeddedHosts())
    }

    CommandLine whole() {
        def globals = new GlobalOptions()
        XshCommand.forCommandLines(globals, new ErrorReporter(new PrintStream(err, true), globals.&debug,
                ErrorReporter.Audience.COMMAND_LINE), XshCommand.embeddedHosts())
    }

    def "a line that names a command adds that command alone: #line"() {
        given:
        def table = onDemand()

        when:
        table.parseArgs(line as String[])

        then:
        table.subcommands.keySet() as List == added

        where:
        line                                      | added
        ['list']                                  | ['list']
        ['list', '-v']                            | ['list']
        ['--json', 'list']                        | ['list']
        ['--host', 'pause', 'list']               | ['list']   // a global option's value is not the command
        ['--host=pause', '--backend', 'sim', 'vcpu-list'] | ['vcpu-list']
        ['cfg', 'check', 'a.cfg']                 | ['cfg']
        ['zfs', 'recv', 'tank/a']                 | ['zfs']
        ['pause', 'list']                         | ['pause']  // an operand is not the command either
    }

    def "xsh's own arguments add the command they name, or none for the REPL: #args"() {
        given:
        def globals = new GlobalOptions()
        def table = XshCommand.forInvocationOnDemand(globals, new ErrorReporter(new PrintStream(err, true),
                globals.&debug, ErrorReporter.Audience.COMMAND_LINE), XshCommand.embeddedHosts())

        when:
        try {
            table.parseArgs(args as String[])
        } catch (CommandLine.ParameterException ignored) {
            // a word that names no command: the whole table's error
        }

        then:
        table.subcommands.keySet() as List == added

        where:
        args                           | added
        []                             | []
        ['--json', 'list', '-v']       | ['list']
        ['cfg', 'check', 'a.cfg']      | ['cfg']
        ['--help']                     | ALL
        ['script.xsh', 'a']            | ALL
    }

    def "commands are added as lines name them, each once"() {
        given:
        def table = onDemand()

        when:
        table.parseArgs('exit', '--help')
        table.parseArgs('cfg', '--help')
        table.parseArgs('exit', '--help')

        then:
        table.subcommands.keySet() as List == ['exit', 'cfg']
    }

    def "a line that needs every command makes the table whole, in its order, whatever was added before: #line"() {
        given:
        def table = onDemand()
        table.parseArgs('exit', '--help')
        table.parseArgs('cfg', '--help')

        when:
        try {
            table.parseArgs(line as String[])
        } catch (CommandLine.ParameterException ignored) {
            // the error is the whole table's: see below
        }

        then:
        table.subcommands.keySet() as List == ALL

        where:
        line << [['help'], ['help', 'list'], ['completion', 'bash'], ['nosuch'], ['--help'], ['--bogus', 'list'],
                 ['--json'], ['-x']]
    }

    def "a command added on demand gets the settings the whole table hands down: #name"() {
        given:
        def table = onDemand()
        def out = new PrintWriter(new StringWriter())
        table.out = out
        table.colorScheme = CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.ON)
        def full = whole()
        full.out = out
        full.colorScheme = table.colorScheme

        when:
        table.addCommandsFor(name)
        def added = table.subcommands[name]
        def reference = full.subcommands[name]

        then:
        settings(added, table) == settings(reference, full)

        where:
        name << ALL.findAll { it != 'help' && it != 'completion' }
    }

    def "every line behaves as with the whole table: output, errors and exit code of #line"() {
        expect:
        run(onDemand(), line) == run(whole(), line)

        where:
        line << [['help'], ['help', 'cfg'], ['list', '--help'], ['list', '--bogus'], ['nosuch'], ['exit', 'x'],
                 ['cfg', 'show'], ['zfs', '--help'], ['--bogus'], ['--help'], ['vcpu-list', '-h'], ['xl', 'help']]
    }

    private Map run(CommandLine table, List<String> line) {
        err.reset()
        def out = new StringWriter()
        def errWriter = new StringWriter()
        table.out = new PrintWriter(out, true)
        table.err = new PrintWriter(errWriter, true)
        int code = table.execute(line as String[])
        [code: code, out: out.toString(), err: errWriter.toString() + err.toString()]
    }

    /**
     * Whether the command has the root's settings that picocli's setters hand down, and its own
     * parser settings, down its own subcommands.
     */
    private static List settings(CommandLine command, CommandLine root) {
        def parser = command.commandSpec.parser()
        def parserSettings = parser.class.declaredFields.findAll { !java.lang.reflect.Modifier.isStatic(it.modifiers) }
                .collect { it.accessible = true; [it.name, it.get(parser)] }
        [command.commandName, command.out.is(root.out), command.err.is(root.err), command.colorScheme.is(root.colorScheme),
         command.executionStrategy.is(root.executionStrategy),
         command.parameterExceptionHandler.is(root.parameterExceptionHandler),
         command.executionExceptionHandler.is(root.executionExceptionHandler),
         command.exitCodeExceptionMapper.is(root.exitCodeExceptionMapper),
         parserSettings] + command.subcommands.values().collect { settings(it, root) }
    }
}
