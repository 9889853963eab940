package xsh.shell.domain

import picocli.CommandLine
import spock.lang.Specification
import xsh.hv.ShutdownReason
import xsh.shell.GlobalOptions
import xsh.shell.ShellHarness

/** {@code list}'s colours follow {@code --color}; plain whenever stdout is not a terminal, as here. */
class ListColourSpec extends Specification {

    static final char ESC = 27 as char

    def shell = new ShellHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', pauseCount: 1)
        shell.host.add(domid: 4, name: 'db', shutdown: ShutdownReason.CRASH)
    }

    def "#args: #expectation"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 0
        r.out.contains(ESC as String) == coloured
        r.out.replaceAll(/\u001b\[[0-9;]*m/, '') == shell.run(args.dropWhile { it != 'list' } as String[]).out

        where:
        args                                  || coloured
        ['list']                              || false
        ['--color=auto', 'list']              || false
        ['--color=never', 'list', '-v']       || false
        ['--color=always', 'list']            || true
        ['--color', 'always', 'list', '-c']   || true
        expectation = coloured ? 'the State column coloured, nothing else changed' : 'plain, as piped output must be'
    }

    def "forced colours mark the paused domain yellow and the crashed one bold red"() {
        when:
        def lines = shell.run('--color=always', 'list').outLines

        then:
        lines.find { it.startsWith('web ') }.contains('\u001b[33m--p---\u001b[0m')
        lines.find { it.startsWith('db ') }.contains('\u001b[1;31m---sc-\u001b[0m')
    }

    def "--json and list -l are never coloured"() {
        expect:
        !shell.run('--color=always', *args).out.contains(ESC as String)

        where:
        args << [['list', '--json'], ['--json', 'list'], ['list', '-l']]
    }

    def "--color takes auto, always or never"() {
        when:
        def r = shell.run('--color=sometimes', 'list')

        then:
        r.code == 2
        r.out == ''
        r.errLines[0].contains('--color')
    }

    def "the xl front end never colours: its output is xl's bytes"() {
        given:
        def globals = new GlobalOptions()
        new CommandLine(globals).parseArgs('--color=always')

        expect:
        globals.colour()

        when:
        globals.actAsXl(false)

        then:
        !globals.colour()
    }
}
