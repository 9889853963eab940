package xsh.shell.repl

import spock.lang.Specification
import xsh.shell.ShellHarness

class HelpCommandSpec extends Specification {

    def shell = new ShellHarness()

    def "help shows xsh's usage with every command, then the prompt's keys"() {
        when:
        def r = shell.run('help')

        then:
        r.code == 0
        r.outLines[0] == 'Usage: xsh [GLOBAL OPTIONS] [COMMAND [ARGS...]]'
        ['list', 'xl', 'clear', 'exit', 'help'].every { command -> r.outLines.any { it ==~ /\s+$command\s+\S.*/ } }
        r.outLines.takeRight(HelpCommand.KEYS.size()) == HelpCommand.KEYS
        r.err == ''
    }

    def "help #args shows that command's usage alone"() {
        when:
        def r = shell.run(*(['help'] + args))

        then:
        r.code == 0
        r.outLines[0].startsWith(usage)
        !r.out.contains('Keys at the xsh> prompt')

        where:
        args            | usage
        ['exit']        | 'Usage: xsh exit [-h] [CODE]'
        ['cfg', 'show'] | 'Usage: xsh cfg show '
    }

    def "help of a command that does not exist is a usage error: #args"() {
        when:
        def r = shell.run(*(['help'] + args))

        then:
        r.code == 2
        r.errLines == [line]
        r.out == ''

        where:
        args              | line
        ['nosuch']        | "xsh: Unknown subcommand 'nosuch'. Try 'xsh --help'."
        ['cfg', 'nosuch'] | "xsh: Unknown subcommand 'nosuch'. Try 'xsh cfg --help'."
    }
}
