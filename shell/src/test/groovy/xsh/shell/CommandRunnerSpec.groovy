package xsh.shell

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean
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
        static CountDownLatch waiting = new CountDownLatch(1)

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
                case ~/wait.*/: return waitForInterrupt()
            }
            throw new AssertionError(outcome)
        }

        /** Waits until interrupted, then fails as the outcome says: silently, saying what it undid, or saying it was interrupted. */
        private int waitForInterrupt() {
            waiting.countDown()
            try {
                Thread.sleep(60_000)
                return 0
            } catch (InterruptedException e) {
                switch (outcome) {
                    case 'wait': throw new IllegalStateException('sleep interrupted', e)
                    case 'wait-undo': throw new XshException('Failed to save domain, resuming domain', 1, e)
                    case 'wait-says': throw new XshException('interrupted while waiting for 1 domains', 130, e)
                }
                throw new AssertionError(outcome)
            }
        }
    }

    def err = new ByteArrayOutputStream()
    def globals = new GlobalOptions()

    def setup() {
        Step.ran = []
        Step.waiting = new CountDownLatch(1)
    }

    CommandRunner runner(ErrorReporter.Audience audience = ErrorReporter.Audience.COMMAND_LINE) {
        def errStream = new PrintStream(err, true)
        def errors = new ErrorReporter(errStream, globals.&debug, audience)
        CommandLine commandLine = XshCommand.forCommandLines(globals, errors)
        commandLine.addSubcommand(new Step())
        commandLine.err = new PrintWriter(errStream, true)
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

    def "Ctrl-C stops the running command and the rest of the line with code 130: #outcome"() {
        given:
        def runner = runner(ErrorReporter.Audience.REPL)
        def cancelled = new AtomicBoolean()
        int code = -1
        def job = Thread.start { code = runner.runCancellable("step ok; step $outcome; step ok", cancelled.&get) }

        when: 'Ctrl-C while the command waits'
        assert Step.waiting.await(30, TimeUnit.SECONDS)
        cancelled.set(true)
        job.interrupt()
        job.join()

        then:
        code == 130
        Step.ran == ['ok', outcome]
        errLines() == lines

        when: 'the next line runs as usual'
        cancelled.set(false)
        Step.ran = []

        then:
        runner.runCancellable('step ok', cancelled.&get) == 0
        Step.ran == ['ok']

        where:
        outcome     | lines
        'wait'      | ['', 'xsh: interrupted']                                          // the interruption's failure is not the command's
        'wait-undo' | ['', 'Failed to save domain, resuming domain', 'xsh: interrupted'] // what it undid, then the note
        'wait-says' | ['', 'interrupted while waiting for 1 domains']                  // it said so itself
    }

    def "a command stopped by Ctrl-C where it ran (exit code 130: a remote host's xsh at its terminal) stops the rest of the line"() {
        given:
        def runner = runner(ErrorReporter.Audience.REPL)

        expect:
        runner.runCancellable('step ok; step 130; step ok', { false }) == 130
        Step.ran == ['ok', '130']
    }

    def "text run without Ctrl-C reports failures as ever"() {
        expect:
        runner().runCancellable('step boom', { false }) == 1
        errLines() == ['xsh: it broke']
    }
}
