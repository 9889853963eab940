package xsh.cfg.cpulist

import spock.lang.Specification

class VcpuAffinitySpec extends Specification {

    def host = HostTopology.singleNode(16)

    static List<List<Integer>> asLists(List<BitSet> maps) {
        maps.collect { it.stream().boxed().toList() }
    }

    def "a list gives vcpu i the list's item i: cpus=[\"2\",\"3-8,^5\"]"() {
        when:
        def affinity = VcpuAffinity.perVcpu(['2', '3-8,^5'])

        then:
        affinity.isPerVcpu()
        asLists(affinity.resolve(host, 2)) == [[2], [3, 4, 6, 7, 8]]
    }

    def "vcpus beyond the list stay unpinned and items beyond maxvcpus are dropped"() {
        given:
        def affinity = VcpuAffinity.perVcpu(['2', '3-8,^5'])

        expect:
        asLists(affinity.resolve(host, 4)) == [[2], [3, 4, 6, 7, 8]]
        asLists(affinity.resolve(host, 1)) == [[2]]
    }

    def "an item xl never reads because of maxvcpus is never checked"() {
        given:
        def affinity = VcpuAffinity.perVcpu(['1', 'bogus'])

        expect:
        affinity.cpuLists(1)*.toString() == ['1']

        when:
        affinity.cpuLists(2)

        then:
        def e = thrown(CpuListException)
        e.xlMessage() == 'Invalid pcpu range: bogus.'
    }

    def "a string pins every vcpu to the same cpus"() {
        when:
        def affinity = VcpuAffinity.forAllVcpus('0-3,^1')

        then:
        !affinity.isPerVcpu()
        asLists(affinity.resolve(host, 3)) == [[0, 2, 3], [0, 2, 3], [0, 2, 3]]
    }

    def "an invalid string is refused at once"() {
        when:
        VcpuAffinity.forAllVcpus('all^0')

        then:
        def e = thrown(CpuListException)
        e.xlMessage() == 'Invalid pcpu range: all^0.'
    }

    def "a list always turns off NUMA auto-placement, a string only as soft affinity"() {
        expect:
        VcpuAffinity.perVcpu(['1']).disablesNumaPlacement(true)
        VcpuAffinity.perVcpu(['1']).disablesNumaPlacement(false)
        !VcpuAffinity.forAllVcpus('1').disablesNumaPlacement(true)
        VcpuAffinity.forAllVcpus('1').disablesNumaPlacement(false)
    }

    def "it prints as written in xl.cfg"() {
        expect:
        VcpuAffinity.perVcpu(['2', '3-8,^5']).toString() == '["2", "3-8,^5"]'
        VcpuAffinity.forAllVcpus('0-3').toString() == '"0-3"'
        VcpuAffinity.perVcpu(['0-3']) != VcpuAffinity.forAllVcpus('0-3')
        VcpuAffinity.perVcpu(['0-3']) == VcpuAffinity.perVcpu(['0-3'])
    }
}
