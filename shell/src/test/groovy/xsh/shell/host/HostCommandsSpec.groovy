package xsh.shell.host

import groovy.json.JsonSlurper
import spock.lang.Specification
import xsh.hv.GuestEvent
import xsh.hv.HostSpec
import xsh.shell.ShellHarness

class HostCommandsSpec extends Specification {

    def shell = new ShellHarness()

    def "host create makes a host of the given size and says what it made"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 0
        r.err == ''
        r.outLines == [said]
        shell.hosts.specs[name] == spec

        where:
        args                                                           | name  | spec                              | said
        ['host', 'create', 'big', '--cpus', '16', '--memory', '64G']   | 'big' | new HostSpec(16, 65536, 8192, 4)  | 'host big: 16 pCPUs, 64 GiB; Domain-0 8 GiB with 4 vCPUs'
        ['host', 'create', 'lab', '--cpus=2', '--memory=4096',
         '--dom0-memory=1G', '--dom0-vcpus=1']                         | 'lab' | new HostSpec(2, 4096, 1024, 1)    | 'host lab: 2 pCPUs, 4 GiB; Domain-0 1 GiB with 1 vCPUs'
        ['host', 'create', 'plain']                                    | 'plain' | HostSpec.DEFAULT                | 'host plain: 8 pCPUs, 32 GiB; Domain-0 8 GiB with 4 vCPUs'
    }

    def "--host NAME then works on that host"() {
        given:
        shell.run('host', 'create', 'big', '--cpus', '16', '--memory', '64G')

        expect:
        shell.run('--host', 'big', 'info', 'nr_cpus').out == '16\n'
        shell.run('info', 'nr_cpus').out == '8\n'
    }

    def "host create refuses: #why"() {
        given:
        shell.host   // the default host exists

        when:
        def r = shell.run(args as String[])

        then:
        r.code == code
        r.errLines == [message]

        where:
        why            | args                                                  | code | message
        'a bad size'   | ['host', 'create', 'x', '--memory', '64Q']           | 2    | "xsh: Invalid value for option '--memory': invalid memory size: 64Q (unknown unit 'Q'; use B, K, M, G or T). Try 'xsh host create --help'."
        'a bad count'  | ['host', 'create', 'x', '--cpus', 'many']            | 2    | "xsh: Invalid value for option '--cpus': 'many' is not an int. Try 'xsh host create --help'."
        'no room'      | ['host', 'create', 'x', '--memory', '4G', '--dom0-memory', '4G'] | 1 | 'host create: --dom0-memory (4 GiB) must be less than --memory (4 GiB)'
        'a bad name'   | ['host', 'create', 'a/b']                            | 1    | "invalid host name 'a/b': use up to 64 letters, digits, '.', '_' and '-', starting with a letter or digit"
        'a taken name' | ['host', 'create', 'default']                        | 1    | "host 'default' already exists"
    }

    def "host list shows every host, * at the one --host selects; --json the same as an array"() {
        given:
        shell.run('host', 'create', 'big', '--cpus', '16', '--memory', '64G')
        shell.run('list')   // makes the default host

        when:
        def text = shell.run('--host', 'big', 'host', 'list')
        def json = new JsonSlurper().parseText(shell.run('host', 'list', '--json').out)

        then:
        text.out == '''\
  Name                 CPUs  Memory(MiB)  Free(MiB)  Domains
* big                    16        65536      57344        1
  default                 8        32768      24064        1
'''
        json == [
                [name: 'big', current: false, nr_cpus: 16, total_memory_mib: 65536, free_memory_mib: 57344, domains: 1],
                [name: 'default', current: true, nr_cpus: 8, total_memory_mib: 32768, free_memory_mib: 24064, domains: 1]]
    }

    def "host list with no host yet is the header alone, or []"() {
        expect:
        shell.run('host', 'list').out == '  Name                 CPUs  Memory(MiB)  Free(MiB)  Domains\n'
        shell.run('host', 'list', '--json').out == '[]\n'
    }

    def "host inject makes the guest act; the domain is resolved as xl would"() {
        given:
        shell.host.add(domid: 3, name: 'web', running: true)

        when:
        def r = shell.run('host', 'inject', 'crash', 'web')

        then:
        r.code == 0
        r.err == ''
        shell.host.injected == [GuestEvent.CRASH]
        shell.run('list', 'web').outLines[1].contains('---sc-')
    }

    def "host inject refuses an unknown event or domain"() {
        given:
        shell.host.add(domid: 3, name: 'web', running: true)

        expect:
        shell.run('host', 'inject', 'explode', 'web').errLines ==
                ["unknown guest event 'explode': expected one of crash, watchdog, poweroff, reboot, soft_reset"]
        shell.run('host', 'inject', 'crash', 'nosuch').errLines == ['nosuch is an invalid domain identifier (rc=-6)']
    }
}
