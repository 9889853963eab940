package xsh.toolstack.info

import spock.lang.Specification
import xsh.hv.HostInfo
import xsh.hv.NumaNode
import xsh.hv.VcpuInfo
import xsh.toolstack.fake.FakeHosts

class NumaTablesSpec extends Specification {

    static HostInfo twoNodes() {
        def h = FakeHosts.info(16, 65536, 40000)
        new HostInfo(h.host(), h.release(), h.version(), h.machine(), 16, 15, 2, 4, 2, h.cpuKhz(), h.hwCaps(),
                h.virtCaps(), 65536, 40000, 0, 0, 0, 0, h.xenMajor(), h.xenMinor(), h.xenExtra(), h.xenCaps(),
                h.xenScheduler(), h.xenPagesize(), h.virtStart(), h.xenChangeset(), h.xenCommandline(),
                h.ccCompiler(), h.ccCompileBy(), h.ccCompileDomain(), h.ccCompileDate(), h.buildId(),
                [0] * 8 + [1] * 8, [new NumaNode(32768, 20001, [10, 20]), new NumaNode(32768, 19999, [20, 10])])
    }

    def "xl info -n's tables, in xl's formats, for a one-node host"() {
        expect:
        NumaTables.text(FakeHosts.info()) == '''\
cpu_topology           :
cpu:    core    socket     node
  0:       0        0        0
  1:       0        0        0
  2:       1        0        0
  3:       1        0        0
  4:       2        0        0
  5:       2        0        0
  6:       3        0        0
  7:       3        0        0
device topology        :
device           node
No device topology data available
numa_info              :
node:    memsize    memfree    distances
   0:     32768      24064      10
'''
    }

    def "two sockets: cores count within a socket, each node its distances"() {
        when:
        def lines = NumaTables.text(twoNodes()).readLines()

        then:
        lines[2] == '  0:       0        0        0'
        lines[9] == '  7:       3        0        0'
        lines[10] == '  8:       0        1        1'
        lines[17] == ' 15:       3        1        1'
        lines[-2] == '   0:     32768      20001      10,20'
        lines[-1] == '   1:     32768      19999      20,10'
    }

    def "a host that knows only totals splits its memory evenly among its nodes"() {
        expect:
        NumaNode.evenSplit(3, 1000, 101)*.memsizeMib() == [334, 333, 333]
        NumaNode.evenSplit(3, 1000, 101)*.memfreeMib() == [35, 33, 33]
        NumaNode.evenSplit(3, 1000, 101)[1].distances() == [20, 10, 20]
    }

    def "a domain's node affinity: the nodes of the pCPUs its vcpus may use in its pool, soft affinity first"() {
        given:
        def nodeOfCpu = [0] * 4 + [1] * 4
        def vcpus = hard.withIndex().collect { h, i -> new VcpuInfo(i, true, 0, false, true, 0, bits(h), bits(soft[i])) }

        expect:
        NumaTables.nodeAffinity(vcpus, bits(pool), nodeOfCpu) == bits(nodes)

        where:
        hard             | soft             | pool     | nodes
        [0..7]           | [0..7]           | 0..7     | [0, 1]
        [0..3]           | [0..7]           | 0..7     | [0]
        [0..7, 0..7]     | [4..5, 4..5]     | 0..7     | [1]
        [0..7]           | [0..7]           | 4..7     | [1]
        [[0], [7]]       | [0..7, 0..7]     | 0..7     | [0, 1]
        [[0]]            | [[5]]            | 0..7     | [0]
    }

    static BitSet bits(Iterable<Integer> set) {
        def b = new BitSet()
        set.each { b.set(it) }
        b
    }
}
