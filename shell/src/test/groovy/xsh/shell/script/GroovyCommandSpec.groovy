package xsh.shell.script

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.ErrorReporter
import xsh.shell.GlobalOptions
import xsh.shell.SimShellHarness
import xsh.shell.XshCommand
import xsh.shell.backend.HostConnector

class GroovyCommandSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell

    def setup() {
        shell = new SimShellHarness(home)
    }

    def cleanup() {
        shell.close()
    }

    /** Lines typed to one command table, as at the prompt: [exit codes, out, err]. */
    List typed(List<String> globalOptions = [], String... lines) {
        def out = new StringWriter()
        def err = new ByteArrayOutputStream()
        def errStream = new PrintStream(err, true, 'UTF-8')
        def globals = new GlobalOptions()
        def table = XshCommand.forCommandLines(globals, new ErrorReporter(errStream, globals.&debug, ErrorReporter.Audience.REPL),
                new HostConnector({ shell.hosts }))
        table.out = new PrintWriter(out, true)
        table.err = new PrintWriter(new OutputStreamWriter(errStream, 'UTF-8'), true)
        def codes = lines.collect { table.execute((globalOptions + it.split(' ', 2).toList()) as String[]) }
        [codes, out.toString(), err.toString('UTF-8')]
    }

    def "groovy prints the value of its code unless null; the lines of a session share its variables"() {
        when:
        def (codes, out, err) = typed('groovy x = 512.MiB; x.mib()', 'groovy x', 'groovy println 1; null')

        then:
        codes == [0, 0, 0]
        err == ''
        out == '512\n512 MiB\n1\n'
    }

    def "a failure is told as a script's, with the line of the code, and its exit code"() {
        when:
        def (codes, out, err) = typed('groovy def a = 1\nnosuch()', 'groovy xsh "pause nosuch"')

        then:
        codes[0] == 1
        codes[1] == shell.run('pause', 'nosuch').code
        err.readLines()[0].startsWith('groovy:2: MissingMethodException: No signature of method: groovy_xsh.nosuch()')
        err.readLines()[1] ==~ /groovy:1: .*nosuch.*/
    }

    def "xsh 'LINE' inside groovy runs commands under the line's --dry-run"() {
        given:
        shell.guest('g')

        when:
        def (codes, out, err) = typed(['--dry-run'], "groovy xsh 'pause g'")

        then:
        codes == [0]
        out == 'dry-run: pause g\n0\n'
        !shell.host.domainNamed('g').get().state().paused()
    }

    def ":g CODE at the prompt is the rest of the line, unsplit: #line"() {
        expect:
        GroovyCommand.fromPrompt(line) == text

        where:
        line                          | text
        ':g println "a; b"'           | "groovy 'println \"a; b\"'"
        '  :g 1 + 2'                  | "groovy '1 + 2'"
        ":g it's"                     | "groovy 'it'\\''s'"
        ':go'                         | ':go'
        'list'                        | 'list'
    }
}
