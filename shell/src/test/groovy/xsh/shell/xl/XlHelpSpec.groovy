package xsh.shell.xl

import spock.lang.Specification

/** xl's command table and its help texts, compared with what xl 4.17 prints (xl_cmdtable.c through xl.c's help()). */
class XlHelpSpec extends Specification {

    def "#word looks up #found"() {
        expect:
        XlCommandTable.lookup(word).map { it.name() }.orElse(null) == found

        where:
        word                | found
        'list'              | 'list'
        'li'                | 'list'
        'l'                 | null          // list, loadpolicy
        'c'                 | null          // create, config-update, console, ...
        'cr'                | 'create'
        'vcpu-set'          | 'vcpu-set'
        'vcpu-'             | null
        'cpupool-cpu-r'     | 'cpupool-cpu-remove'
        'cd-insert'         | 'cd-insert'
        'pause'             | 'pause'
        'pa'                | 'pause'
        'p'                 | null
        'vm'                | 'vm-list'
        'sched-credit'      | 'sched-credit'  // exact, though it begins sched-credit2
        'sched-credit2'     | 'sched-credit2'
        'help'              | null
        'nosuch'            | null
        ''                  | null          // begins every name
    }

    def "the table is xl 4.17's, in its order"() {
        expect:
        XlCommandTable.COMMANDS.size() == 92
        XlCommandTable.COMMANDS*.name().take(6) == ['create', 'config-update', 'list', 'destroy', 'shutdown', 'reboot']
        XlCommandTable.COMMANDS.last().name() == 'qemu-monitor-command'
        XlCommandTable.COMMANDS*.name().toSet().size() == 92
        XlCommandTable.COMMANDS.findAll { it.canDryRun() }*.name() ==
                ['create', 'config-update', 'cd-insert', 'cd-eject', 'vcpu-pin', 'network-attach', 'block-attach',
                 'vtpm-attach', 'vkb-attach', 'vdispl-attach', 'vsnd-attach', 'cpupool-create']
    }

    def "help #topic is xl's, byte for byte"() {
        expect:
        XlHelp.topic(topic) == text

        where:
        topic     | text
        'pause'   | 'Usage: xl [-vtTf] pause <Domain>\n\nPause execution of a domain.\n\n'
        'destroy' | 'Usage: xl [-vtTf] destroy [options] <Domain>\n\n\nTerminate a domain immediately.\n\n' +
                    'Options:\n\n-f                      Permit destroying domain 0, which will only succeed\n' +
                    '                        when run from disaggregated toolstack domain with a\n' +
                    '                        hardware domain distinct from domain 0.\n'
        'list'    | 'Usage: xl [-vtT] list [options] [Domain]\n\n\nList information about all/some domains.\n\n' +
                    'Options:\n\n' +
                    '-l, --long              Output all VM details\n' +
                    '-v, --verbose           Prints out UUIDs and security context\n' +
                    '-Z, --context           Prints out security context\n' +
                    '-c, --cpupool           Prints the cpupool the domain is in\n' +
                    '-n, --numa              Prints out NUMA node affinity\n'
        'info'    | 'Usage: xl [-vtT] info -n, --numa         List host NUMA topology information\n\n' +
                    'Get information about Xen host.\n\n'
        'shutdown'| 'Usage: xl [-vtTf] shutdown [options] <-a|Domain>\n\nIssue a shutdown signal to a domain.\n\n' +
                    'Options:\n\n' +
                    '-a, --all               Shutdown all guest domains.\n' +
                    '-h                      Print this help.\n' +
                    '-F                      Fallback to ACPI power event for HVM guests with\n' +
                    '                        no PV drivers.\n' +
                    '-w, --wait              Wait for guest(s) to shutdown.\n\n'
        'vm-list' | 'Usage: xl [-vtT] vm-list \n\nList guest domains, excluding dom0, stubdoms, etc..\n\n'
        'claims'  | 'Usage: xl [-vtT] claims \n\nList outstanding claim information about all domains.\n\nOptions:\n\n\n'
        'vcpu-pin'| 'Usage: xl [-vtTfN] vcpu-pin [option] <Domain> <VCPU|all> <Hard affinity|-|all> <Soft affinity|-|all>\n\n' +
                    'Set which CPUs a VCPU can use.\n\nOptions:\n\n' +
                    '-f, --force        undo an override pinning done by the kernel\n' +
                    '--ignore-global-affinity-masks Ignore global masks in xl.conf\n'
        'mem-set' | "Usage: xl [-vtTf] mem-set <Domain> <MemMB['b'[bytes]|'k'[KB]|'m'[MB]|'g'[GB]|'t'[TB]]>\n\n" +
                    'Set the current memory usage for a domain.\n\n'
        'console' | 'Usage: xl [-vtT] console [options] <Domain>\n' +
                    '-t <type>       console type, pv , serial or vuart\n' +
                    '-n <number>     console number\n\nAttach to domain\'s console.\n\n'
        'dmesg'   | 'Usage: xl [-vtT] dmesg [-c]\n\nRead and/or clear dmesg buffer.\n\nOptions:\n\n' +
                    '  -c                        Clear dmesg buffer as well as printing it\n'
        'li'      | XlHelp.topic('list')
        'nosuch'  | 'command "nosuch" not implemented\n'
        'config_update' | 'command "config_update" not implemented\n'
    }

    def "the full list: a header, then each command in a 19-column field, a longer name on a line of its own"() {
        when:
        def lines = XlHelp.topic(null).split('\n', -1) as List

        then:
        XlHelp.topic('help') == XlHelp.topic(null)
        lines.take(4) == ['Usage xl [-vfNtT] <subcommand> [args]', '', 'xl full list of subcommands:', '']
        lines[4] == ' create              Create a domain from config file <filename>'
        lines.contains(' pci-assignable-list List all the assignable pci devices')
        lines.contains(' cpupool-numa-split  Splits up the machine into one CPU pool per NUMA node')
        def remove = lines.indexOf(' pci-assignable-remove ')
        lines[remove + 1] == ' ' * 21 + 'Remove a device from being assignable'
        lines[-2] == ' ' * 21 + 'Issue a qemu monitor command to the device model of a domain'
        lines[-1] == ''
    }
}
