package xsh.shell.xl

import spock.lang.Specification
import xsh.shell.XlHarness

/**
 * {@code xsh xl ARGS...} in-process on a fake host: xl's global options, lookup, -N rule,
 * option parsing, help, arity and their exit codes, then xsh's command run as xl runs it.
 */
class XlFrontEndSpec extends Specification {

    static final String CONFIG_UPDATE_WARNING =
            'WARNING: xl now has better capability to manage domain configuration, avoid using this command when possible'

    static final String PAUSE_HELP = 'Usage: xl [-vtTf] pause <Domain>\n\nPause execution of a domain.\n\n'

    def shell = new XlHarness()

    def setup() {
        shell.host.add(domid: 3, name: 'web', running: true)
        shell.host.add(domid: 4, name: 'db', running: true)
    }

    def "xl #args: exit #code, stdout #out, stderr #err"() {
        when:
        def r = shell.xl(args as String[])

        then:
        r.code == code
        r.out == out
        r.err == err

        where:
        args                          | code | out                           | err
        ['-x', 'list']                | 1    | ''                            | "xl: invalid option -- 'x'\nunknown global option\n"
        ['--help']                    | 1    | ''                            | "xl: invalid option -- '-'\nunknown global option\n"
        ['-h']                        | 1    | ''                            | "xl: invalid option -- 'h'\nunknown global option\n"
        ['nosuch']                    | 1    | ''                            | 'command not implemented\n'
        ['c', 'x']                    | 1    | ''                            | 'command not implemented\n'     // ambiguous
        ['he']                        | 1    | ''                            | 'command not implemented\n'
        ['-N', 'pause', 'web']        | 1    | ''                            | 'command does not implement -N (dryrun) option\n'
        ['-N', 'nosuch']              | 1    | ''                            | 'command not implemented\n'
        ['help', 'pause']             | 0    | PAUSE_HELP                    | ''
        ['help', 'pau']               | 0    | PAUSE_HELP                    | ''
        ['-N', 'help', 'pause']       | 0    | PAUSE_HELP                    | ''
        ['help', 'nosuch']            | 0    | 'command "nosuch" not implemented\n' | ''
        ['pause', '-h']               | 0    | PAUSE_HELP                    | ''
        ['pause', '--help']           | 0    | PAUSE_HELP                    | ''
        ['pause', '--he']             | 0    | PAUSE_HELP                    | ''
        ['pause', '-h', 'web']        | 0    | PAUSE_HELP                    | ''
        ['pause', 'web', '-h']        | 0    | ''                            | ''     // options stop at the first operand
        ['destroy', '0', '-f']        | 1    | ''                            | 'Not destroying domain 0; use -f to force.\n' +
                                                'This can only be done when using a disaggregated hardware domain and toolstack.\n\n'
        ['pause']                     | 2    | PAUSE_HELP                    | "'xl pause' requires at least 1 argument.\n\n"
        ['pause', '-x']               | 2    | ''                            | "option `x' not supported.\n"
        ['pause', '-h', '-x']         | 0    | PAUSE_HELP                    | ''     // help comes first
        ['pause', '-x', '-h']         | 2    | ''                            | "option `x' not supported.\n"
        ['pause', '--nosuch', 'web']  | 2    | ''                            | "option `\u0000' not supported.\n"
        ['create', '-f']              | 2    | ''                            | "option `f' not supported.\n"  // missing argument
        ['sched-credit', '--dom']     | 2    | ''                            | "option `d' not supported.\n"
        ['list', '--long=yes']        | 2    | ''                            | "option `l' not supported.\n"
        ['vncviewer', '--vnc=x', 'd'] | 2    | ''                            | "option `a' not supported.\n"  // an alias of --autopass
        ['rename', 'web']             | 2    | 'Usage: xl [-vtTf] rename <Domain> <NewDomainName>\n\nRename a domain.\n\n' |
                                                                             "'xl rename' requires at least 2 arguments.\n\n"
        ['pci-attach', 'web', '1:0.0']| 1    | ''                            | 'command not implemented\n'     // xsh has no such command
        ['pci-attach', 'web']         | 2    | 'Usage: xl [-vtTf] pci-attach <Domain> <PCI_SPEC_STRING>\n\n' +
                                                'Insert a new pass-through pci device.\n\n' |
                                                                             "'xl pci-attach' requires at least 2 arguments.\n\n"
        ['config-update', '-h']       | 1    | ''                            | "$CONFIG_UPDATE_WARNING\n-h is an invalid domain identifier (rc=-6)\n"  // the domain comes first
        ['config-update', 'web', '-h']| 0    | 'command "config_update" not implemented\n' | ''  // xl asks for help on "config_update"
        ['config-update']             | 1    | XlHelp.topic('config-update') | 'xl config-update requires a domain argument\n'
        ['config-update', 'web']      | 1    | ''                            | "$CONFIG_UPDATE_WARNING\nConfig file not specified\n"
        ['config-update', 'nosuch', '/dev/null'] | 1 | ''                     | "$CONFIG_UPDATE_WARNING\nnosuch is an invalid domain identifier (rc=-6)\n"
        ['config-update', 'web', '/nosuch.cfg'] | 3 | ''                      | "$CONFIG_UPDATE_WARNING\nFailed to read config file: /nosuch.cfg: No such file or directory\n"
    }

    def "xl config-update #args: the domain's saved configuration is replaced, file and settings read as create reads them"() {
        when:
        def r = shell.xl(args as String[])

        then:
        r.code == 0
        r.out == ''
        r.err == "$CONFIG_UPDATE_WARNING\nsetting dom3 configuration\n"
        shell.host.calls.contains('updateDefinition 3')
        shell.host.definition(3).get().config().name() == 'web'
        shell.host.definition(3).get().config().memory().targetMib() == 512

        where:
        args << [['config-update', 'web', '/dev/null', 'name="web"', 'kernel="/boot/vmlinuz"', 'memory=512'],
                 ['config-update', '3', '-f', '/dev/null', 'name="web"', 'kernel="/boot/vmlinuz"', 'memory=512'],
                 ['config-update', 'web', 'name="web"', 'kernel="/boot/vmlinuz"', 'memory=512', '/dev/null']]
    }

    def "xl -N config-update and -d print libxl's JSON of the new configuration; -N stores nothing"() {
        when:
        def dry = shell.xl('-N', 'config-update', 'web', '/dev/null', 'name="web"', 'kernel="/boot/vmlinuz"', 'memory=512')

        then:
        dry.code == 0
        dry.out.startsWith('{\n')
        dry.out.contains('"name": "web"')
        dry.err == "$CONFIG_UPDATE_WARNING\n"
        !shell.host.calls.contains('updateDefinition 3')

        when:
        def debug = shell.xl('config-update', 'web', '-d', '-f', '/dev/null', 'name="web"', 'kernel="/boot/vmlinuz"', 'memory=512')

        then:
        debug.code == 0
        debug.out == dry.out.replaceAll(/"uuid": "[^"]*"/, { debug.out.find(/"uuid": "[^"]*"/) })
        debug.err == "$CONFIG_UPDATE_WARNING\nsetting dom3 configuration\n"
        shell.host.calls.contains('updateDefinition 3')
    }

    def "no subcommand: the full list on stdout, exit 1; xl help: the same, exit 0"() {
        when:
        def bare = shell.xl()
        def globalsOnly = shell.xl('-v', '-t')
        def help = shell.xl('help')

        then:
        bare.code == 1
        bare.out == XlHelp.full(XlCommandTable.COMMANDS)
        bare.err == ''
        globalsOnly.code == 1
        globalsOnly.out == bare.out
        help.code == 0
        help.out == bare.out
    }

    def "the command runs with the options and operands xl parsed: #args"() {
        when:
        def r = shell.xl(args as String[])

        then:
        r.code == 0
        r.err == ''
        shell.host.calls == calls

        where:
        args                                   | calls
        ['pause', 'web']                       | ['pause 3']
        ['pau', '4']                           | ['pause 4']
        ['-v', '-T', 'pause', 'web']           | ['pause 3']
        ['-vtT', 'pause', 'web']               | ['pause 3']
        ['--', 'pause', 'web']                 | ['pause 3']
        ['pause', '--', 'web']                 | ['pause 3']
        ['pause', 'web', 'ignored']            | ['pause 3']   // xl reads only the first operand
        ['destroy', '-f', '0']                 | ['destroy 0 force']
        ['rename', 'web', 'www']               | ['rename 3 www']
    }

    def "an operand that looks like an option to picocli reaches the command as an operand"() {
        when:
        def r = shell.xl('rename', '--', 'web', '-web-')

        then:
        r.code == 0
        shell.host.calls == ['rename 3 -web-']
    }

    def "a failed #command prints libxl's line and exits 0, as xl does (xsh's own #command exits 1)"() {
        when:
        def r = shell.xl(command, domain)

        then:
        r.code == 0
        r.out == ''
        r.err == line + '\n'

        where:
        command   | domain | line
        'unpause' | 'web'  | 'Domain 3:Unpausing domain: Invalid argument'
        'pause'   | '9'    | 'Domain 9:Non-existant domain'
        'pause'   | '0'    | 'Domain 0:Pausing domain: Invalid argument'
    }

    def "a #command of a domain that does not exist by name is xl's lookup failure, exit 1"() {
        when:
        def r = shell.xl(command, 'nosuch')

        then:
        r.code == 1
        r.err == 'nosuch is an invalid domain identifier (rc=-6)\n'

        where:
        command << ['pause', 'unpause', 'destroy']
    }

    def "errors print as xl prints them, with no xsh prefix or hint"() {
        when:
        def r = shell.xl('destroy', 'Domain-0')

        then:
        r.code == 1
        r.out == ''
        r.err == 'Not destroying domain 0; use -f to force.\n' +
                'This can only be done when using a disaggregated hardware domain and toolstack.\n\n'
    }

    def "shutdown without -a or a domain: xl's line and a blank one, exit 1"() {
        when:
        def r = shell.xl('shutdown')

        then:
        r.code == 1
        r.out == ''
        r.err == 'You must specify -a or a domain id.\n\n'
    }

    def "shutdown takes xl's options: #args"() {
        given:
        shell.host.onShutdown = 'preserve'
        shell.host.looksUntilShutdown = 1

        when:
        def r = shell.xl(args as String[])

        then:
        r.code == 0
        r.errLines == lines

        where:
        args                                  | lines
        ['shutdown', 'web']                   | ['Shutting down domain 3']
        ['shutdown', '-w', 'web']             | ['Shutting down domain 3', 'Waiting for 1 domains',
                                                 'Domain 3 has been shut down, reason code 0']
        ['shutdown', '--wait', 'web']         | ['Shutting down domain 3', 'Waiting for 1 domains',
                                                 'Domain 3 has been shut down, reason code 0']
        ['shutdown', '-a']                    | ['Shutting down domain 3', 'Shutting down domain 4']
        ['shutdown', '--all', '-F']           | ['Shutting down domain 3', 'Shutting down domain 4']
        ['reboot', '--al']                    | ['Rebooting domain 3', 'Rebooting domain 4']
    }
}
