package xsh.hv.command

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir

/**
 * How a Dom0's programs are run: locally with the argument vector as it is, over ssh as one
 * command line the remote shell splits back into exactly those words (a stand-in ssh records
 * its own argument vector, then runs the command line with sh as a login shell would), with
 * the exit code and both outputs, and within a time limit that no child outlives.
 */
class ProgramRunnerSpec extends Specification {

    @TempDir
    Path dir

    static final Duration MINUTE = Duration.ofMinutes(1)

    static final List<String> NASTY = ['a b', "it's", 'x; touch /tmp/xsh-pwned', '$(reboot)', '`id`', '*', 'tab\there',
                                       'new\nline', '', '-v', '"quoted"', 'back\\slash']

    def "locally the words reach the program one by one, whatever characters they hold"() {
        when:
        Completed done = ProgramRunner.local().run(['printf', '[%s]'] + NASTY, MINUTE)

        then:
        done.exitCode() == 0
        done.stdout() == NASTY.collect { "[$it]" }.join()
        done.stderr() == ''
        done.argv() == ['printf', '[%s]'] + NASTY
    }

    def "over ssh the command line is the ssh command, then the words quoted as one argument"() {
        given:
        Path ssh = fakeSsh()
        ProgramRunner runner = ProgramRunner.overSsh([ssh.toString(), '-p', '2222', 'root@dom0'])

        when:
        Completed done = runner.run(['printf', '[%s]'] + NASTY, MINUTE)

        then: 'ssh got its options, the destination, and one word the remote shell reads back exactly'
        List<String> sshArgv = Files.readString(dir.resolve('ssh-argv')).split('\0', -1).toList().dropRight(1)
        sshArgv.take(3) == ['-p', '2222', 'root@dom0']
        sshArgv.size() == 4
        sshArgv[3] == ShellWords.commandLine(['printf', '[%s]'] + NASTY)
        done.stdout() == NASTY.collect { "[$it]" }.join()
        !Files.exists(Path.of('/tmp/xsh-pwned'))
    }

    def "an interactive program gets a terminal on the remote side: -t before the destination"() {
        expect:
        ProgramRunner.overSsh(['ssh', '-o', 'X=1', 'dom0']).terminalCommandLine(['xl', 'console', '3']) ==
                ['ssh', '-o', 'X=1', '-t', 'dom0', "'xl' 'console' '3'"]
        ProgramRunner.local().terminalCommandLine(['xl', 'console', '3']) == ['xl', 'console', '3']
    }

    def "a failure is its exit code and both outputs, the same locally and over ssh (#where)"() {
        given:
        ProgramRunner runner = where == 'ssh' ? ProgramRunner.overSsh([fakeSsh().toString(), 'dom0']) : ProgramRunner.local()
        Path program = script('failing', '''\
            echo "some output"
            echo "libxl: error: it went wrong" >&2
            echo "second line" >&2
            exit 6
            ''')

        when:
        Completed done = runner.run([program.toString(), 'arg'], MINUTE)

        then:
        done.exitCode() == 6
        !done.succeeded()
        done.stdout() == 'some output\n'
        done.stderr() == 'libxl: error: it went wrong\nsecond line\n'

        where:
        where << ['local', 'ssh']
    }

    def "a program that is not there cannot be run: exit code 127"() {
        when:
        ProgramRunner.local().run([dir.resolve('no-xl').toString(), 'list'], MINUTE)

        then:
        ProgramException e = thrown()
        e.exitCode() == 127
        e.message.startsWith("cannot run '${dir.resolve('no-xl')}': ")
    }

    def "a program that outlives its time limit is stopped with its children, and fails"() {
        given:
        Path pids = dir.resolve('pids')
        Path program = script('slow', """\
            sleep 60 &
            echo \$! >> '$pids'
            echo \$\$ >> '$pids'
            wait
            """)

        when:
        ProgramRunner.local().run([program.toString()], Duration.ofSeconds(2))

        then:
        ProgramException e = thrown()
        e.exitCode() == 1
        e.message == "$program: no answer in 2 s; stopped"
        Files.readAllLines(pids).every { !ProcessHandle.of(it as long).map { it.alive }.orElse(false) }
    }

    def "an interrupted run gives the program SIGTERM and the time to clean up, then stops its children"() {
        given: 'a program that, told to stop, removes what it made'
        Path program = script('polite', """\
            trap "rm -f '$dir/partial'; echo cleaned > '$dir/cleaned'; exit 3" TERM
            touch '$dir/partial'
            sleep 60 &
            echo \$! > '$dir/child'
            echo \$\$ > '$dir/started'
            wait
            """)

        when:
        def outcome = interruptedRun(program)

        then:
        outcome instanceof ProgramException
        outcome.exitCode() == 130
        Files.exists(dir.resolve('cleaned'))
        !Files.exists(dir.resolve('partial'))
        !alive(dir.resolve('started'))
        !alive(dir.resolve('child'))
    }

    def "an interrupted run's program that ignores SIGTERM is killed after the grace"() {
        given:
        Path program = script('deaf', """\
            trap '' TERM
            echo \$\$ > '$dir/started'
            while :; do sleep 1; done
            """)

        when:
        def outcome = interruptedRun(program)

        then:
        outcome instanceof ProgramException
        outcome.exitCode() == 130
        !alive(dir.resolve('started'))
    }

    def "a stream is fed to stdin and its stdout and stderr are written as they come"() {
        given:
        byte[] input = new byte[1_500_000]
        new Random(7).nextBytes(input)
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        Path program = script('copy', '''\
            echo "progress 1/2" >&2
            cat
            echo "progress 2/2" >&2
            ''')

        when:
        int exit = ProgramRunner.local().run([program.toString()], new ByteArrayInputStream(input), out, err, MINUTE)

        then:
        exit == 0
        out.toByteArray() == input
        err.toString() == 'progress 1/2\nprogress 2/2\n'
    }

    def "a program run with no input reads an empty stdin"() {
        expect:
        ProgramRunner.local().run(['cat'], MINUTE).stdout() == ''
    }

    /** Runs {@code program} on a thread of its own, interrupts that thread once the program has started, and returns how the run ended. */
    private Object interruptedRun(Path program) {
        def outcome = null
        Thread thread = Thread.start {
            try {
                outcome = ProgramRunner.local().run([program.toString()], MINUTE)
            } catch (ProgramException e) {
                outcome = e
            }
        }
        while (!Files.exists(dir.resolve('started')) || Files.size(dir.resolve('started')) == 0) {
            Thread.sleep(10)
        }
        thread.interrupt()
        thread.join()
        outcome
    }

    private static boolean alive(Path pidFile) {
        ProcessHandle.of(Files.readString(pidFile).trim() as long).map { it.alive }.orElse(false)
    }

    private Path fakeSsh() {
        script('fake-ssh', """\
            for arg in "\$@"; do printf '%s\\0' "\$arg"; done > '$dir/ssh-argv'
            for last in "\$@"; do :; done
            exec sh -c "\$last"
            """)
    }

    private Path script(String name, String body) {
        Path file = dir.resolve(name)
        Files.writeString(file, '#!/bin/sh\n' + body.stripIndent())
        file.toFile().setExecutable(true)
        file
    }
}
