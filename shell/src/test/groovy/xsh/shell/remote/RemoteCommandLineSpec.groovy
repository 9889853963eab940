package xsh.shell.remote

import picocli.CommandLine
import spock.lang.Specification
import xsh.shell.GlobalOptions

class RemoteCommandLineSpec extends Specification {

    def "the options that shape the output go along, colours as decided here, the host not: #options"() {
        given:
        def globals = new GlobalOptions()
        new CommandLine(new Object() {
            @CommandLine.Mixin
            GlobalOptions g = globals
        }).parseArgs(options as String[])

        expect:
        RemoteCommandLine.arguments(globals, ['list', 'web']) == passed + ['list', 'web']

        where:
        options                                                      | passed
        ['--host', 'ssh://h']                                        | ['--color=never']
        ['--json', '--debug', '--dry-run']                           | ['--json', '--color=never', '--debug', '--dry-run']
        ['--color=always', '--host=ssh://root@h:22']                 | ['--color=always']
        ['--backend', 'xen']                                         | ['--backend=xen', '--color=never']
        ['--backend', 'sim', '-vv']                                  | ['--backend=sim', '-v', '-v', '--color=never']
    }

    def "help, cfg, completion, clear, exit, connect and hosts run here; the rest there"() {
        expect:
        ['help', 'cfg', 'completion', 'clear', 'exit', 'connect', 'hosts'].every { RemoteCommandLine.runsLocally(it) }
        ['list', 'create', 'xl', 'zfs', 'host', 'console', 'groovy'].every { !RemoteCommandLine.runsLocally(it) }
    }

    def "stdin away from a terminal: xsh's own when the command came from its arguments, none for lines it reads"() {
        expect:
        RemoteCommandLine.input(true) == SshSession.Input.INHERIT
        RemoteCommandLine.input(false) == SshSession.Input.NONE
    }
}
