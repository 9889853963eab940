package xsh.shell.host

import groovy.json.JsonSlurper
import spock.lang.Specification
import xsh.shell.ShellHarness
import xsh.toolstack.info.HostFields

class InfoCommandSpec extends Specification {

    def shell = new ShellHarness()

    def "info prints xl's lines, key padded to 23, in xl's order"() {
        when:
        def r = shell.run('info')

        then:
        r.code == 0
        r.err == ''
        r.out == HostFields.of(shell.host.hostInfo())*.xlLine().join('\n') + '\n'
        r.outLines[0] == 'host                   : xsh-default'
        r.outLines.last() == 'xend_config_format     : 4'
        r.outLines.size() == 34
    }

    def "info PREFIX prints the values of the lines it starts, as xl: #prefix"() {
        expect:
        shell.run('info', prefix).out == out

        where:
        prefix        | out
        'free'        | '24064\n0\n'
        'xen_version' | '4.17.7\n'
        'nr_'         | '8\n1\n'
        'nosuch'      | ''
    }

    def "info --json is one object of xl's keys with typed values; a prefix selects keys"() {
        when:
        def all = new JsonSlurper().parseText(shell.run('info', '--json').out)
        def free = new JsonSlurper().parseText(shell.run('--json', 'info', 'free').out)

        then:
        all.keySet().toList().first() == 'host'
        all.nr_cpus == 8
        all.cpu_mhz == 2394.558
        all.virt_caps == ['pv', 'hvm', 'hvm_directio', 'pv_directio', 'hap', 'shadow']
        all.xen_scheduler == 'credit2'
        free == [free_memory: 24064, free_cpus: 0]
    }

    def "info -n adds xl's topology and NUMA tables after free_cpus, and ignores a prefix"() {
        when:
        def r = shell.run(args as String[])
        def lines = r.outLines

        then:
        r.code == 0
        lines.size() == 34 + 16
        lines[17] == 'free_cpus              : 0'
        lines[18..20] == ['cpu_topology           :', 'cpu:    core    socket     node', '  0:       0        0        0']
        lines[28..31] == ['device topology        :', 'device           node', 'No device topology data available',
                          'numa_info              :']
        lines[32..33] == ['node:    memsize    memfree    distances', '   0:     32768      24064      10']
        lines[34] == 'xen_major              : 4'

        where:
        args << [['info', '-n'], ['info', '--numa', 'free']]
    }

    def "info -n --json adds the tables as arrays"() {
        when:
        def json = new JsonSlurper().parseText(shell.run('info', '-n', '--json').out)

        then:
        json.keySet().toList().indexOf('cpu_topology') == json.keySet().toList().indexOf('free_cpus') + 1
        json.cpu_topology[3] == [cpu: 3, core: 1, socket: 0, node: 0]
        json.device_topology == []
        json.numa_info == [[node: 0, memsize: 32768, memfree: 24064, distances: [10]]]
    }
}
