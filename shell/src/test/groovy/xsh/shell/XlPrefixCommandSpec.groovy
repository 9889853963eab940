package xsh.shell

import picocli.CommandLine
import spock.lang.Specification
import xsh.shell.backend.HostConnector
import xsh.toolstack.fake.FakeHosts

/** {@code xl ARGS...} as a command of xsh's table: what the REPL, -c text and piped lines run. */
class XlPrefixCommandSpec extends Specification {

    def hosts = new FakeHosts()
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    PrintStream savedOut = System.out
    PrintStream savedErr = System.err
    CommandLine table

    def setup() {
        // xl's own messages and help go to the process's streams, as in Main
        System.out = new PrintStream(out, true, 'UTF-8')
        System.err = new PrintStream(err, true, 'UTF-8')
        def globals = new GlobalOptions()
        def errors = new ErrorReporter(System.err, globals.&debug, ErrorReporter.Audience.REPL)
        table = XshCommand.forCommandLines(globals, errors, new HostConnector({ hosts }))
        table.out = new PrintWriter(new OutputStreamWriter(System.out, 'UTF-8'), true)
        table.err = new PrintWriter(new OutputStreamWriter(System.err, 'UTF-8'), true)
    }

    def cleanup() {
        System.out = savedOut
        System.err = savedErr
    }

    def "xl list prints xl's table"() {
        when:
        int code = table.execute('xl', 'list')

        then:
        code == 0
        out.toString('UTF-8').readLines()[0] == 'Name                                        ID   Mem VCPUs\tState\tTime(s)'
        out.toString('UTF-8').readLines()[1].startsWith('Domain-0                                     0 ')
    }

    def "every word after xl is xl's, options included: #args"() {
        when:
        int code = table.execute(['xl'] + args as String[])

        then:
        code == exitCode
        err.toString('UTF-8').readLines() == lines

        where:
        args                | exitCode | lines
        ['nosuch']          | 1        | ['command not implemented']
        ['-x', 'list']      | 1        | ["xl: invalid option -- 'x'", 'unknown global option']
        ['-N', 'unpause']   | 1        | ['command does not implement -N (dryrun) option']
        ['list', '-x']      | 2        | ["option `x' not supported."]
    }

    def "xl's quirks stay with its line: a failed unpause exits 0 under xl, 1 as xsh's command"() {
        given:
        hosts.open('default').add(name: 'web')

        expect:
        table.execute('xl', 'unpause', 'web') == 0
        table.execute('unpause', 'web') == 1
    }
}
