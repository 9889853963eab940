package xsh.shell.docs

import picocli.AutoComplete
import picocli.CommandLine
import picocli.CommandLine.Model.CommandSpec
import spock.lang.Specification
import xsh.shell.ShellHarness
import xsh.shell.XshCommand

class CompletionCommandSpec extends Specification {

    def shell = new ShellHarness()

    /** Every command of the table below xsh, by its path of names: ['zfs', 'list'], ... */
    static List<List<String>> commandPaths(CommandLine table) {
        (table.subcommands.values() as List).unique(false) { it.commandSpec }.findAll { !it.commandSpec.usageMessage().hidden() }.collectMany { sub ->
            [[sub.commandName]] + commandPaths(sub).collect { [sub.commandName] + it }
        }
    }

    /** The words the script offers after {@code xsh}: its top-level {@code commands} list. */
    static List<String> topLevelCommands(String script) {
        def body = script.substring(script.indexOf('function _picocli_xsh() {'))
        (body =~ /local commands="([^"]*)"/)[0][1].split(' ') as List
    }

    def "completion #shellName prints the script for bash and zsh, from the live table"() {
        when:
        def r = shell.run('completion', shellName)

        then:
        r.code == 0
        r.err == ''
        r.out.contains('complete -F _complete_xsh -o default xsh')
        r.out.contains('autoload -U +X bashcompinit && bashcompinit') // zsh loads bash's completion layer itself

        and: 'every command has its completion function, and the top level offers them all'
        def table = XshCommand.table()
        topLevelCommands(r.out) == table.subcommands.keySet() as List
        commandPaths(table).every { path -> r.out.contains("function _picocli_xsh_${path.join('_').replace('-', '')}() {") }

        where:
        shellName << ['bash', 'zsh']
    }

    def "a command's options are offered after it: #command"() {
        given:
        def script = shell.run('completion', 'bash').out
        def function = script.substring(script.indexOf("function _picocli_xsh_${command.replace('-', '')}() {"))
        def flags = (function =~ /local flag_opts="([^"]*)"/)[0][1]
        def withArguments = (function =~ /local arg_opts="([^"]*)"/)[0][1]

        expect:
        options.every { flags.contains("'${it}'") || withArguments.contains("'${it}'") }

        where:
        command          | options
        'list'           | ['-l', '--long', '-v', '--verbose', '-c', '--cpupool', '-n', '--numa', '-Z', '--json']
        'sched-credit2'  | ['-d', '--domain', '-w', '--weight', '-c', '--cap', '-s', '--schedparam', '-p', '--cpupool', '-r', '--ratelimit_us', '--json']
        'shutdown'       | ['-a', '-w', '-F']
        'completion'     | ['-h', '--help']
    }

    def "file name completion is turned off only after an option whose value the script cannot guess"() {
        given:
        def picocli = AutoComplete.bash('xsh', XshCommand.table())
        def script = shell.run('completion', 'bash').out

        expect: 'picocli turns it off for whole commands; the script, in the cases of such options'
        picocli.contains('\n  type compopt &>/dev/null && compopt +o default\n')
        !script.contains('\n  type compopt &>/dev/null && compopt +o default\n')
        script.count('compopt +o default') == picocli.count('\n      return\n      ;;')
        script.count('\n      type compopt &>/dev/null && compopt +o default\n      return\n      ;;') == script.count('compopt +o default')
    }

    def "a command added to the table is completed without anything else to change"() {
        given:
        def table = XshCommand.table()
        table.addSubcommand(new CommandLine(CommandSpec.wrapWithoutInspection(new Object()).name('brand-new')))

        expect:
        CompletionCommand.script(table).contains('function _picocli_xsh_brandnew() {')
    }

    def "a shell xsh has no script for is a usage error"() {
        when:
        def r = shell.run('completion', 'fish')

        then:
        r.code == 2
        r.out == ''
        r.errLines.size() == 1
        r.err.contains("'fish'")
        r.err.contains('bash, zsh')
    }
}
