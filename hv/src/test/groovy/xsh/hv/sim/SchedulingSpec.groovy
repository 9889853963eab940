package xsh.hv.sim

import xsh.cfg.cpupool.Scheduler
import xsh.hv.DomainSchedParams
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.PoolSchedParams

import static java.util.OptionalInt.empty
import static java.util.OptionalInt.of

class SchedulingSpec extends SimHostFixture {

    def "a domain starts with credit2's defaults: weight 256, cap 0"() {
        expect:
        host.schedParams(create('g').domid()) == DomainSchedParams.of(256, 0)
        host.schedParams(0) == DomainSchedParams.of(256, 0)
    }

    def "weight and cap change only where given"() {
        given:
        def d = create('g', 'vcpus = 2').domid()

        when:
        host.setSchedParams(d, new DomainSchedParams(of(512), empty()))
        host.setSchedParams(d, new DomainSchedParams(empty(), of(150)))

        then:
        host.schedParams(d) == DomainSchedParams.of(512, 150)
    }

    def "Xen's ranges, libxl's messages; a refused change changes nothing"() {
        given:
        def d = create('g', 'vcpus = 2\nmaxvcpus = 3').domid()

        when:
        host.setSchedParams(d, new DomainSchedParams(weight, cap))

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == message
        host.schedParams(d) == DomainSchedParams.of(256, 0)

        where:
        weight    | cap     | message
        of(0)     | empty() | 'Cpu weight out of range, valid values are within range from 1 to 65535'
        of(65536) | empty() | 'Cpu weight out of range, valid values are within range from 1 to 65535'
        of(-1)    | empty() | 'Cpu weight out of range, valid values are within range from 1 to 65535'
        of(300)   | of(301) | 'Cpu cap out of range, valid range is from 0 to 300 for specified number of vcpus'
        empty()   | of(-1)  | 'Cpu cap out of range, valid range is from 0 to 300 for specified number of vcpus'
    }

    def "the bounds themselves are fine"() {
        given:
        def d = create('g', 'vcpus = 2').domid()

        when:
        host.setSchedParams(d, DomainSchedParams.of(weight, cap))

        then:
        host.schedParams(d) == DomainSchedParams.of(weight, cap)

        where:
        weight | cap
        1      | 0
        65535  | 200
    }

    def "pool parameters: credit2 has a ratelimit (default 1000 us)"() {
        expect:
        host.poolSchedParams('Pool-0') == new PoolSchedParams(empty(), of(1000), empty())

        when:
        host.setPoolSchedParams('Pool-0', new PoolSchedParams(empty(), of(ratelimit), empty()))

        then:
        host.poolSchedParams('Pool-0').ratelimitUs() == of(ratelimit)

        where:
        ratelimit << [0, 100, 500000]
    }

    def "credit pool parameters: defaults, ranges, and ratelimit within the time slice"() {
        given:
        host.removeCpusFromPool('Pool-0', MemoryVcpuSpec.bits(6, 7))
        host.createCpupool('c', Scheduler.CREDIT, MemoryVcpuSpec.bits(6, 7))

        expect:
        host.poolSchedParams('c') == new PoolSchedParams(of(30), of(1000), of(0))

        when:
        host.setPoolSchedParams('c', new PoolSchedParams(tslice, ratelimit, delay))

        then:
        def e = thrown(HvException)
        e.message == message
        host.poolSchedParams('c') == new PoolSchedParams(of(30), of(1000), of(0))

        where:
        tslice   | ratelimit  | delay      | message
        of(0)    | empty()    | empty()    | 'Time slice out of range, valid range is from 1 to 1000'
        of(1001) | empty()    | empty()    | 'Time slice out of range, valid range is from 1 to 1000'
        empty()  | of(99)     | empty()    | 'Ratelimit out of range, valid range is from 100 to 500000'
        empty()  | of(500001) | empty()    | 'Ratelimit out of range, valid range is from 100 to 500000'
        of(1)    | of(1001)   | empty()    | 'Ratelimit cannot be greater than timeslice'
        empty()  | empty()    | of(100001) | 'vcpu migration delay should be >= 0 and <= 100000us'
        empty()  | empty()    | of(-1)     | 'vcpu migration delay should be >= 0 and <= 100000us'
    }

    def "credit pool parameters change where given"() {
        given:
        host.removeCpusFromPool('Pool-0', MemoryVcpuSpec.bits(7))
        host.createCpupool('c', Scheduler.CREDIT, MemoryVcpuSpec.bits(7))

        when:
        host.setPoolSchedParams('c', new PoolSchedParams(of(10), of(5000), empty()))
        host.setPoolSchedParams('c', new PoolSchedParams(empty(), empty(), of(100000)))

        then:
        host.poolSchedParams('c') == new PoolSchedParams(of(10), of(5000), of(100000))
    }

    def "an unknown pool"() {
        when:
        host.poolSchedParams('nosuch')

        then:
        def e = thrown(HvException)
        e.error() == HvError.NOTFOUND
        e.message == "unknown cpupool 'nosuch'"
    }
}
