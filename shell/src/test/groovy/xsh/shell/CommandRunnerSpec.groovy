package xsh.shell

import java.util.concurrent.Callable
import picocli.CommandLine
import picocli.CommandLine.Command
import picocli.CommandLine.Parameters
import spock.lang.Specification
import xsh.error.XshException

class CommandRunnerSpec extends Specification {

    /** Commands that record that they ran and end as their argument says. */
    @Command(name = 'step')
    static class Step implements Callable<Integer> {
        static List<String> ran = []

        @Parameters(index = '0')
        String outcome

        @Override
        Integer call() {
            ran << outcome
            switch (outcome) {
                case 'ok': return 0
                case ~/\d+/: return outcome as int
                case 'xsh': throw new XshException('a.cfg:3: bad setting', 7)
                case 'boom': throw new IllegalStateException('it broke')
                case 'npe': throw new NullPointerException()
            }
            throw new AssertionError(outcome)
        }
    }

    def err = new ByteArrayOutputStream()
    def globals = new GlobalOptions()

    def setup() {
        Step.ran = []
    }

    CommandRunner runner(ErrorReporter.Audience audience = ErrorReporter.Audience.COMMAND_LINE) {
        def errors = new ErrorReporter(new PrintStream(err, true), globals.&debug, audience)
        CommandLine commandLine = XshCommand.forCommandLines(globals, errors)
        commandLine.addSubcommand(new Step())
        new CommandRunner(commandLine, errors)
    }

    List<String> errLines() {
        err.toString().readLines()
    }

    def "runs every command of #text and exits with the first failing one's code"() {
        given:
        def runner = runner()

        when:
        def first = runner.run(text)

        then:
        Step.ran == ran
        first == exitCode
        runner.exitCode() == exitCode
        !runner.exited()

        where:
        text                          | ran                | exitCode
        'step ok'                     | ['ok']             | 0
        'step ok; step ok'            | ['ok', 'ok']       | 0
        'step 3; step 4; step ok'     | ['3', '4', 'ok']   | 3
        'step ok; step 4; step 3'     | ['ok', '4', '3']   | 4
        'step ok; nosuch; step 3'     | ['ok', '3']        | 2
    }

    def "exit stops at once; its code wins, else the first failure's code stands"() {
        given:
        def runner = runner()

        when:
        runner.run(text)

        then:
        runner.exited()
        Step.ran == ran
        runner.exitCode() == exitCode
        runner.requestedExitCode() == requested

        where:
        text                     | ran        | exitCode | requested
        'exit; step ok'          | []         | 0        | OptionalInt.empty()
        'step ok; exit 5; step 3'| ['ok']     | 5        | OptionalInt.of(5)
        'step 3; exit'           | ['3']      | 3        | OptionalInt.empty()
        'step 3; exit 0'         | ['3']      | 0        | OptionalInt.of(0)
        'exit 4; step 3'         | []         | 4        | OptionalInt.of(4)
    }

    def "exit's own code does not count as a failure of the text"() {
        given:
        def runner = runner()

        expect:
        runner.run('step ok; exit 4') == 0
        runner.exitCode() == 4
    }

    def "the status carries over lines until exit"() {
        given:
        def runner = runner()
        def input = new BufferedReader(new StringReader('step ok\nstep 6\n\n# note\nstep 3\nexit\nstep 9\n'))

        expect:
        runner.runLines(input) == 6
        Step.ran == ['ok', '6', '3']
    }

    def "an XshException prints its message alone and exits with its code"() {
        expect:
        runner().run('step xsh') == 7
        errLines() == ['a.cfg:3: bad setting']
    }

    def "any other exception prints 'xsh: ' and its message and exits 1"() {
        expect:
        runner().run("step $outcome") == 1
        errLines() == [line]

        where:
        outcome | line
        'boom'  | 'xsh: it broke'
        'npe'   | 'xsh: java.lang.NullPointerException'
    }

    def "a stack trace follows only with --debug (#args)"() {
        when:
        runner().run("$args step boom")

        then:
        errLines()[0] == 'xsh: it broke'
        errLines().any { it.contains('at xsh.shell.CommandRunnerSpec$Step.call') } == debug

        where:
        args      | debug
        ''        | false
        '--debug' | true
    }

    def "a usage error is one line naming where help is, exit code 2"() {
        expect:
        runner(audience).run(text) == 2
        errLines() == [line]

        where:
        audience                            | text          | line
        ErrorReporter.Audience.COMMAND_LINE | 'nosuch'      | "xsh: Unknown command: 'nosuch'. Try 'xsh --help'."
        ErrorReporter.Audience.COMMAND_LINE | '--bogus'     | "xsh: Unknown option: '--bogus'. Try 'xsh --help'."
        ErrorReporter.Audience.COMMAND_LINE | 'step'        | "xsh: Missing required parameter: '<outcome>'. Try 'xsh step --help'."
        ErrorReporter.Audience.COMMAND_LINE | 'exit 256'    | "xsh: exit code must be 0 to 255, not 256. Try 'xsh exit --help'."
        ErrorReporter.Audience.COMMAND_LINE | '-c step'     | "xsh: -c is an option of xsh's own command line. Try 'xsh --help'."
        ErrorReporter.Audience.REPL         | 'nosuch'      | "xsh: Unknown command: 'nosuch'. Try 'help'."
        ErrorReporter.Audience.REPL         | 'exit x'      | "xsh: Invalid value for positional parameter at index 0 (CODE): 'x' is not an int. Try 'exit --help'."
    }

    def "an unclosed quote fails the whole text before anything runs"() {
        given:
        def runner = runner()

        expect:
        runner.run("step ok; step 'ok") == 2
        Step.ran == []
        errLines() == ["xsh: missing closing ' quote"]
    }
}
