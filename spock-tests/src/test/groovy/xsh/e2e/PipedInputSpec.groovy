package xsh.e2e

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/** {@code echo 'cmd' | bin/xsh}: commands read line by line, without prompt or colours. */
class PipedInputSpec extends Specification {

    @TempDir
    Path tmp

    def "piped lines #description"() {
        when:
        def result = new XshProcess(tmp).run(args, stdin)

        then:
        result.exitCode == exitCode
        result.stdoutLines.count { it.startsWith('Usage: xsh exit') } == exitUsages
        result.stderrLines == errors
        !result.stdout.contains('xsh> ')
        !result.stdout.contains('\u001B[')

        where:
        description                            | args        | stdin                                 | exitCode | exitUsages | errors
        'run in turn'                          | []          | 'help exit\nhelp exit\n'              | 0        | 2          | []
        'without a final newline'              | []          | 'help exit'                           | 0        | 1          | []
        'may hold several commands'            | []          | 'help exit; help exit\n'              | 0        | 2          | []
        'skip blanks and comments'             | []          | '\n# a comment\n   \nhelp exit\n'     | 0        | 1          | []
        'go on after a failure, keep its code' | []          | 'help exit\nnosuch\nhelp exit\n'      | 2        | 2          | ["xsh: Unknown command: 'nosuch'. Try 'xsh --help'."]
        'stop at exit'                         | []          | 'exit 4\nnosuch\n'                    | 4        | 0          | []
        'follow global options'                | ['--json']  | 'help exit\n'                         | 0        | 1          | []
        'end at once when there are none'      | []          | ''                                    | 0        | 0          | []
    }
}
