package xsh.e2e

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/** xsh run with arguments: --version, --help, and -c 'cmd; cmd'. */
class OneShotSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    def "--version prints xsh's version, then the Java version"() {
        when:
        def result = xsh.run(option)

        then:
        result.exitCode == 0
        result.stdoutLines.size() == 2
        result.stdoutLines[0] == "xsh ${XshProcess.projectVersion()}"
        result.stdoutLines[1] ==~ /Java \d+(\.\d+)*\S* \(.+\)/
        result.stderr == ''

        where:
        option << ['--version', '-V']
    }

    def "#args prints the usage with every command"() {
        when:
        def result = xsh.run(args)

        then:
        result.exitCode == 0
        result.stdoutLines[0] == 'Usage: xsh [GLOBAL OPTIONS] [COMMAND [ARGS...]]'
        result.stdout.contains("-c 'COMMAND; COMMAND...'")
        ['cfg', 'exit', 'help'].every { command -> result.stdoutLines.any { it ==~ /\s+$command\s+\S.*/ } }
        ['--host=NAME', '--backend=sim|xen', '--json', '--debug'].every { result.stdout.contains(it) }
        result.stderr == ''

        where:
        args << [['--help'], ['-h'], ['help'], ['-c', 'help']]
    }

    def "help COMMAND prints that command's usage"() {
        when:
        def result = xsh.run('help', 'exit')

        then:
        result.exitCode == 0
        result.stdoutLines[0] == 'Usage: xsh exit [-h] [CODE]'
    }

    def "xsh #args exits with #exitCode"() {
        expect:
        xsh.run(args).exitCode == exitCode

        where:
        args          | exitCode
        ['exit']      | 0
        ['exit', '5'] | 5
    }

    def "-c '#script' runs every command and exits with the first failing command's code"() {
        when:
        def result = xsh.run('-c', script)

        then:
        result.exitCode == exitCode
        result.stdoutLines.count { it.startsWith('Usage: xsh exit') } == exitUsages
        result.stdoutLines.count { it.startsWith('Usage: xsh cfg') } == cfgUsages
        result.stderrLines == errors

        where:
        script                             | exitCode | exitUsages | cfgUsages | errors
        'help exit'                        | 0        | 1          | 0         | []
        'help exit; help cfg'              | 0        | 1          | 1         | []
        'help exit;help cfg;;'             | 0        | 1          | 1         | []
        'help exit\nhelp cfg'              | 0        | 1          | 1         | []
        'help exit; nosuch; help cfg'      | 2        | 1          | 1         | ["xsh: Unknown command: 'nosuch'. Try 'xsh --help'."]
        'nosuch; exit --bogus; exit 7'     | 7        | 0          | 0         | ["xsh: Unknown command: 'nosuch'. Try 'xsh --help'.",
                                                                               "xsh: Unknown option: '--bogus'. Try 'xsh exit --help'."]
        'help exit; exit 3; help cfg'      | 3        | 1          | 0         | []
        'nosuch; exit'                     | 2        | 0          | 0         | ["xsh: Unknown command: 'nosuch'. Try 'xsh --help'."]
        "help 'exit'  # a comment"         | 0        | 1          | 0         | []
    }

    def "global options are accepted before -c or a command: #args"() {
        when:
        def result = xsh.run(args + ['-c', 'help exit'])

        then:
        result.exitCode == 0
        result.stdoutLines[0] == 'Usage: xsh exit [-h] [CODE]'
        result.stderr == ''

        where:
        args << [
                ['--host', 'dom0'],
                ['--host=ssh://root@dom0'],
                ['--backend', 'sim'],
                ['--backend=xen'],
                ['--json'],
                ['--debug'],
                ['--json', '--debug', '--host', 'h1', '--backend', 'sim'],
        ]
    }
}
