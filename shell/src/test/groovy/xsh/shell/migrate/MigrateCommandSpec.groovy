package xsh.shell.migrate

import spock.lang.Specification
import xsh.shell.ShellHarness

class MigrateCommandSpec extends Specification {

    def shell = new ShellHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', running: true)
        shell.hosts.open('h2')
    }

    def "#why is a usage error, exit code 2, and nothing is migrated"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 2
        r.out == ''
        r.errLines.size() == 1
        r.err.startsWith('xsh: ')
        r.err.contains(message)
        r.err.contains("Try 'xsh migrate --help'")
        shell.host.calls == []

        where:
        why                          | args                                          || message
        'no argument'                | ['migrate']                                   || 'migrate takes DOMAIN HOST (or --all HOST)'
        '--all without a host'       | ['migrate', '--all']                          || 'migrate --all takes HOST alone'
        '--all with -C'              | ['migrate', '--all', '-C', 'x.cfg', 'local:h2'] || "migrate: -C sends one domain's config: not with --all"
        'a domain without a host'    | ['migrate', 'web']                            || 'migrate takes DOMAIN HOST (or --all HOST)'
        '--all with a domain'        | ['migrate', '--all', 'web', 'local:h2']       || 'migrate --all takes HOST alone'
        'three words'                | ['migrate', 'web', 'local:h2', 'more']        || "Unmatched argument at index 3: 'more'"
        'an unknown option'          | ['migrate', '-x', 'web', 'local:h2']          || "Unknown option: '-x'"
        '-s without its command'     | ['migrate', 'web', 'local:h2', '-s']          || "Missing required parameter for option '-s'"
    }

    def "#why fails with one line, exit code 1, before any receiver starts"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 1
        r.out == ''
        r.errLines == [message]
        shell.host.calls == []

        where:
        why                             | args                                                  || message
        'an embedded host that is not'  | ['migrate', 'web', 'local:nosuch']                    || 'migrate: local:nosuch: there is no embedded host named nosuch (host create nosuch makes one)'
        'a host name xsh refuses'       | ['migrate', 'web', 'local:../etc']                    || "invalid host name '../etc': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
        'local: without a name'         | ['migrate', 'web', 'local:']                          || 'migrate: local:: local: needs the name of an embedded host'
        '-D'                            | ['migrate', '-D', 'web', 'local:h2']                  || 'migrate: -D is not supported: the domain gets a new domid at the target'
        'an ssh command not to be found'| ['migrate', '-s', '/nonexistent/ssh', 'web', 'h2']    || 'migrate: cannot run /nonexistent/ssh: No such file or directory'
        'an ssh command with a quote open' | ['migrate', '-s', "ssh 'x", 'web', 'h2']           || "migrate: -s 'ssh 'x': missing closing ' quote"
        '--all to nowhere'              | ['migrate', '--all', 'local:nosuch']                  || 'migrate: local:nosuch: there is no embedded host named nosuch (host create nosuch makes one)'
    }

    def "help shows one synopsis for both forms"() {
        when:
        def r = shell.run('migrate', '--help')

        then:
        r.code == 0
        r.outLines[0] == 'Usage: migrate [-hepF] [-s SSHCMD] [-C CFG] [OPTIONS] (DOMAIN | --all) HOST'
    }

    def "--dry-run prints the command and starts nothing"() {
        when:
        def r = shell.run('--dry-run', 'migrate', '-p', 'web', 'local:h2')

        then:
        r.code == 0
        r.out == 'dry-run: migrate -p web local:h2\n'
        shell.host.calls == []
    }

    def "--all on a host without domUs migrates nothing and says so"() {
        when:
        def r = shell.run('--host', 'h2', 'migrate', '--all', 'local:default')

        then:
        r.code == 0
        r.out == 'no domain to migrate\n'
    }
}
