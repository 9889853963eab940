package xsh.hv.sim

import xsh.cfg.cpupool.Scheduler
import xsh.hv.DomainSchedParams
import xsh.hv.HostSpec
import xsh.hv.HvError
import xsh.hv.HvException

import static xsh.hv.sim.MemoryVcpuSpec.bits

class CpupoolSpec extends SimHostFixture {

    def "Pool-0 (id 0) holds every pCPU at first, with the host's scheduler"() {
        expect:
        with(host.cpupools()[0]) {
            id() == 0
            name() == 'Pool-0'
            scheduler() == Scheduler.CREDIT2
            cpus() == bits(0..7)
            domainCount() == 1
        }
        host.hostInfo().freeCpus() == 0
    }

    def "a pool is made from free pCPUs with its own scheduler; ids follow the highest"() {
        when:
        host.removeCpusFromPool('Pool-0', bits(4..7))

        then:
        host.hostInfo().freeCpus() == 4

        when:
        def a = host.createCpupool('a', Scheduler.CREDIT, bits(4, 5))
        def b = host.createCpupool('b', Scheduler.RTDS, bits(6))
        def empty = host.createCpupool('empty', Scheduler.CREDIT2, new BitSet())

        then:
        [a, b, empty]*.id() == [1, 2, 3]
        a.cpus() == bits(4, 5)
        b.scheduler() == Scheduler.RTDS
        empty.cpus().isEmpty()
        host.hostInfo().freeCpus() == 1
    }

    def "a pool needs free pCPUs, a new name and a scheduler Xen has; a refused create leaves nothing"() {
        given:
        host.removeCpusFromPool('Pool-0', bits(7))

        when:
        host.createCpupool(name, scheduler, bits(cpus))

        then:
        def e = thrown(HvException)
        e.message == message
        host.cpupools()*.name() == ['Pool-0']
        host.hostInfo().freeCpus() == 1

        where:
        name     | scheduler         | cpus   | message
        'Pool-0' | Scheduler.CREDIT  | [7]    | 'Pool name "Pool-0" already exists'
        'p'      | Scheduler.CREDIT  | [6, 7] | 'Error moving cpu to cpupool: No such device'
        'p'      | Scheduler.CREDIT  | [7, 8] | 'Error moving cpu to cpupool: Invalid argument'
        'p'      | Scheduler.SEDF    | [7]    | 'Could not create cpupool: No such file or directory'
    }

    def "at most two pools per pCPU"() {
        given:
        def small = newHost('small', new HostSpec(1, 4096, 1024, 1))
        small.createCpupool('one', Scheduler.CREDIT, new BitSet())

        when:
        small.createCpupool('two', Scheduler.CREDIT, new BitSet())

        then:
        def e = thrown(HvException)
        e.message == 'Could not create cpupool: No space left on device'

        cleanup:
        small.close()
    }

    def "pCPUs move between pools one by one; the ones that can move do, the first refusal is reported"() {
        given:
        host.removeCpusFromPool('Pool-0', bits(5, 6))
        host.createCpupool('p', Scheduler.CREDIT, new BitSet())

        when:
        host.addCpusToPool('p', bits(4, 5, 6))

        then:
        def e = thrown(HvException)
        e.message == 'Error moving cpu 4 to cpupool: No such device'
        host.cpupools().find { it.name() == 'p' }.cpus() == bits(5, 6)
    }

    def "Xen keeps pCPU 0 in pool 0 and the last pCPU of a pool with domains; a pCPU not in the pool cannot leave it"() {
        given:
        host.removeCpusFromPool('Pool-0', bits(6, 7))
        host.createCpupool('p', Scheduler.CREDIT2, bits(6))
        host.moveDomainToPool(create('g').domid(), 'p')

        when:
        host.removeCpusFromPool(pool, bits(cpu))

        then:
        def e = thrown(HvException)
        e.message == message

        where:
        pool     | cpu | message
        'Pool-0' | 0   | 'Error removing cpu 0 from cpupool: Invalid argument'
        'p'      | 6   | 'Error removing cpu 6 from cpupool: Device or resource busy'
        'p'      | 7   | 'Error removing cpu 7 from cpupool: Cannot assign requested address'
    }

    def "destroy: only without domains; its pCPUs become free"() {
        given:
        host.removeCpusFromPool('Pool-0', bits(6, 7))
        host.createCpupool('p', Scheduler.CREDIT, bits(6, 7))
        def g = create('g', 'pool = "p"').domid()

        when:
        host.destroyCpupool('p')

        then:
        def e = thrown(HvException)
        e.message == "Can't destroy cpupool 'p'"

        when:
        host.destroy(g, false)
        host.destroyCpupool('p')

        then:
        host.cpupools()*.name() == ['Pool-0']
        host.hostInfo().freeCpus() == 2

        when:
        host.destroyCpupool('Pool-0')

        then:
        thrown(HvException)
    }

    def "rename keeps names unique"() {
        given:
        host.createCpupool('p', Scheduler.CREDIT, new BitSet())

        when:
        host.renameCpupool('p', 'q')
        host.renameCpupool('q', 'q')

        then:
        host.cpupools()*.name() == ['Pool-0', 'q']

        when:
        host.renameCpupool('q', 'Pool-0')

        then:
        def e = thrown(HvException)
        e.message == 'Pool name "Pool-0" already exists'
    }

    def "moving a domain: the new scheduler starts it with defaults; Domain-0 stays; a pool needs pCPUs"() {
        given:
        host.removeCpusFromPool('Pool-0', bits(7))
        host.createCpupool('c', Scheduler.CREDIT, bits(7))
        host.createCpupool('none', Scheduler.CREDIT, new BitSet())
        def g = create('g', 'cpu_weight = 1000').domid()

        when:
        host.moveDomainToPool(g, 'c')

        then:
        info(g).pool() == 'c'
        host.schedParams(g) == DomainSchedParams.of(256, 0)
        host.cpupools()*.domainCount() == [1, 1, 0]
        host.vcpus(g)*.cpu() == [7]

        when:
        host.moveDomainToPool(g, 'c')

        then:
        info(g).pool() == 'c'

        when:
        host.moveDomainToPool(g, 'none')

        then:
        def e = thrown(HvException)
        e.message == 'Error moving domain to cpupool: No such file or directory'

        when:
        host.moveDomainToPool(0, 'c')

        then:
        e = thrown(HvException)
        e.message == 'Error moving domain to cpupool: Operation not permitted'
        info(0).pool() == 'Pool-0'
    }

    def "numa-split with the operations: a pool per node, Pool-0 renamed after cpu 0's node"() {
        given:
        def numa = newHost('numa', new HostSpec(8, 32768, 4096, 2, 2))
        def nodes = numa.hostInfo().nodeOfCpu()

        when: 'what xl cpupool-numa-split does'
        numa.renameCpupool('Pool-0', 'Pool-node0')
        def node1 = bits((0..7).findAll { nodes[it] == 1 })
        numa.removeCpusFromPool('Pool-node0', node1)
        numa.createCpupool('Pool-node1', Scheduler.CREDIT2, node1)

        then:
        nodes == [0, 0, 0, 0, 1, 1, 1, 1]
        numa.cpupools().collect { "${it.name()} ${it.cpus()}" } == ['Pool-node0 {0, 1, 2, 3}', 'Pool-node1 {4, 5, 6, 7}']
        numa.hostInfo().nrNodes() == 2

        when: 'a guest pinned to a node, in that node\'s pool'
        def g = numa.create(guest('g', 'pool = "Pool-node1"\ncpus = "node:1"\ncpus_soft = "nodes:0-1,^node:0"'), false)

        then:
        numa.vcpus(g.domid())[0].hardAffinity() == bits(4..7)
        numa.vcpus(g.domid())[0].softAffinity() == bits(4..7)
        numa.vcpus(g.domid())[0].cpu() in (4..7)

        cleanup:
        numa.close()
    }
}
