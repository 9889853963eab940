package xsh.shell.script

import spock.lang.Specification

class ScriptCommandLineSpec extends Specification {

    def "a first word that names a file is a script, with its arguments: #args"() {
        when:
        def script = ScriptCommandLine.parse(args as String[])

        then:
        script.isPresent()
        script.get().file() == file
        script.get().args() == rest

        where:
        args                                                 | file                       | rest
        ['deploy.xsh']                                       | 'deploy.xsh'               | []
        ['./deploy', 'a', '--json']                          | './deploy'                 | ['a', '--json']
        ['/usr/local/bin/evacuate', 'host2']                 | '/usr/local/bin/evacuate'  | ['host2']
        ['--dry-run', '--host', 'h2', 'loop.xsh', '-c', 'x'] | 'loop.xsh'                 | ['-c', 'x']
    }

    def "global options before the file are the script's: #args"() {
        when:
        def globals = ScriptCommandLine.parse(args as String[]).get().globals()

        then:
        globals.dryRunAll() == dryRun
        globals.host() == host
        globals.debug() == debug

        where:
        args                                     | dryRun | host | debug
        ['--dry-run', 'a.xsh']                   | true   | null | false
        ['--host=h2', '--debug', 'a.xsh', '--dry-run'] | false | 'h2' | true
    }

    def "any other command line is not a script: #args"() {
        expect:
        !ScriptCommandLine.parse(args as String[]).isPresent()

        where:
        args << [[], ['list'], ['cfg', 'check', 'dir/a.cfg'], ['cfg', 'show', 'a.xsh'], ['-c', 'list'],
                 ['--host', 'ssh://h', 'list'], ['--nosuch', 'a.xsh'], ['--help'], ['zfs', 'list', 'tank/vm']]
    }
}
