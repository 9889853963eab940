package xsh.e2e

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.Tag
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/** How xsh reports what goes wrong: one line on stderr, a stack trace only with --debug. */
@Tag('backend-independent')
class ErrorsSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    def "a usage error is one line and exit code 2: #args"() {
        when:
        def result = xsh.run(args)

        then:
        result.exitCode == 2
        result.stdout == ''
        result.stderrLines == [line]

        where:
        args                         | line
        ['nosuch']                   | "xsh: Unknown command: 'nosuch'. Try 'xsh --help'."
        ['--bogus']                  | "xsh: Unknown option: '--bogus'. Try 'xsh --help'."
        ['--debug', 'nosuch', 'x']   | "xsh: Unknown command: 'nosuch'. Try 'xsh --help'."
        ['exit', '--bogus']          | "xsh: Unknown option: '--bogus'. Try 'xsh exit --help'."
        ['help', 'nosuch']           | "xsh: Unknown subcommand 'nosuch'. Try 'xsh --help'."
        ['--backend', 'kvm']         | "xsh: Invalid value for option '--backend': expected one of [sim, xen] (case-sensitive) but was 'kvm'. Try 'xsh --help'."
        ['--host']                   | "xsh: Missing required parameter for option '--host' (NAME). Try 'xsh --help'."
        ['-c', 'help', 'exit']       | "xsh: -c and a command cannot be given together. Try 'xsh --help'."
        ['-c', 'exit 300']           | "xsh: exit code must be 0 to 255, not 300. Try 'xsh exit --help'."
        ['-c', '-c help']            | "xsh: -c is an option of xsh's own command line. Try 'xsh --help'."
    }

    def "an error prints its message alone#withDebug"() {
        when:
        def result = xsh.run(args + ['-c', "help 'exit"])

        then:
        result.exitCode == 2
        result.stderrLines[0] == "xsh: missing closing ' quote"
        (result.stderrLines.size() == 1) == !debug
        result.stderr.contains('\tat xsh.shell.') == debug

        where:
        args        | debug
        []          | false
        ['--debug'] | true
        withDebug = debug ? ', then its stack trace with --debug' : ', with no stack trace'
    }
}
