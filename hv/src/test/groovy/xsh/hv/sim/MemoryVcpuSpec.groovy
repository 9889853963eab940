package xsh.hv.sim

import java.time.Duration
import xsh.hv.HvError
import xsh.hv.HvException

class MemoryVcpuSpec extends SimHostFixture {

    static final long MiB = 1024

    def "mem-set: the balloon moves toward the target while the guest runs (256 MiB/s by default)"() {
        given:
        def d = create('g', 'maxmem = 2048', 1024).domid()

        when:
        host.setMemoryTarget(d, 512 * MiB)

        then:
        info(d).targetKib() == 512 * MiB
        info(d).currentKib() == 1024 * MiB

        when:
        seconds(1)

        then:
        info(d).currentKib() == 768 * MiB

        when:
        seconds(1)

        then:
        info(d).currentKib() == 512 * MiB

        when: 'up again, to the maximum'
        host.setMemoryTarget(d, 2048 * MiB)
        seconds(3)

        then:
        info(d).currentKib() == 1280 * MiB

        when:
        seconds(10)

        then:
        info(d).currentKib() == 2048 * MiB
    }

    def "a paused guest's balloon does not move"() {
        given:
        def d = create('g', '', 1024).domid()
        host.pause(d)

        when:
        host.setMemoryTarget(d, 512 * MiB)
        seconds(10)

        then:
        info(d).currentKib() == 1024 * MiB

        when:
        host.unpause(d)
        seconds(1)

        then:
        info(d).currentKib() == 768 * MiB
    }

    def "free memory is what domains can share less what each holds; a shrinking balloon gives memory back as it goes"() {
        given:
        def free0 = host.hostInfo().freeMemoryMib()
        def d = create('g', '', 1024).domid()

        expect:
        host.hostInfo().freeMemoryMib() == free0 - 1024

        when:
        host.setMemoryTarget(d, 512 * MiB)
        seconds(1)

        then:
        host.hostInfo().freeMemoryMib() == free0 - 768

        when: 'growing reserves the whole target at once'
        host.setMemoryTarget(d, 1024 * MiB)

        then:
        host.hostInfo().freeMemoryMib() == free0 - 1024
        info(d).currentKib() == 768 * MiB
    }

    def "a target the host cannot give is recorded; the guest stops where free memory ends"() {
        given:
        def d = create('g', 'maxmem = 65536', 1024).domid()
        def free = host.hostInfo().freeMemoryMib()

        when:
        host.setMemoryTarget(d, 65536 * MiB)
        seconds(600)

        then:
        info(d).targetKib() == 65536 * MiB
        info(d).currentKib() == (1024 + free) * MiB
        host.hostInfo().freeMemoryMib() == 0
    }

    def "mem-set and mem-max rules, with libxl's words"() {
        given:
        def d = create('g', 'maxmem = 1024', 512).domid()

        when:
        host."$operation"(domain == 'g' ? d : 0, mib * MiB)

        then:
        def e = thrown(HvException)
        e.error() == HvError.INVAL
        e.message == message

        where:
        operation         | domain | mib  | message
        'setMemoryTarget' | 'g'    | 1025 | 'memory_dynamic_max must be less than or equal to memory_static_max'
        'setMaxMemory'    | 'g'    | 511  | 'memory_static_max must be greater than or or equal to memory_dynamic_max'
        'setMemoryTarget' | 'dom0' | 127  | 'New target 130048 for dom0 is below the minimum threshold'
    }

    def "mem-max may go above the config's maxmem; then mem-set may follow"() {
        given:
        def d = create('g', 'maxmem = 1024', 512).domid()

        when:
        host.setMaxMemory(d, 4096 * MiB)
        host.setMemoryTarget(d, 3000 * MiB)

        then:
        info(d).maxKib() == 4096 * MiB
        info(d).targetKib() == 3000 * MiB
    }

    def "Domain-0 balloons down to 128 MiB and no further"() {
        when:
        host.setMemoryTarget(0, 128 * MiB)
        seconds(60)

        then:
        info(0).currentKib() == 128 * MiB
    }

    def "vcpu-set: 1..max online, libxl's words otherwise"() {
        given:
        def d = create('g', 'vcpus = 2\nmaxvcpus = 4').domid()

        when:
        host.setOnlineVcpus(d, 4)

        then:
        info(d).onlineVcpus() == 4
        host.vcpus(d)*.online() == [true, true, true, true]

        when:
        host.setOnlineVcpus(d, 1)

        then:
        host.vcpus(d)*.online() == [true, false, false, false]
        host.vcpus(d)*.cpu().drop(1) == [-1, -1, -1]

        when:
        host.setOnlineVcpus(d, n)

        then:
        def e = thrown(HvException)
        e.message == message
        info(d).onlineVcpus() == 1

        where:
        n | message
        0 | 'Requested 0 VCPUs!'
        5 | 'Requested 5 VCPUs, however maxcpus is 4!'
    }

    def "cpu time grows with online vcpus × load while the guest runs, and not while it is paused"() {
        given:
        def d = create('g', 'vcpus = 2').domid()
        host.setLoad(d, 0.25)

        when:
        seconds(10)

        then:
        info(d).cpuTimeNanos() == 5_000_000_000L

        when:
        host.pause(d)
        seconds(100)

        then:
        info(d).cpuTimeNanos() == 5_000_000_000L

        when:
        host.unpause(d)
        host.setOnlineVcpus(d, 1)
        seconds(4)

        then:
        info(d).cpuTimeNanos() == 6_000_000_000L
        host.vcpus(d)[0].cpuTimeNanos() == 6_000_000_000L
    }

    def "a host can give every new guest the same load"() {
        given:
        host.updateSettings(host.settings().withGuestLoad(OptionalDouble.of(0.5)))
        def d = create('g', 'vcpus = 2').domid()

        when:
        seconds(10)

        then:
        info(d).cpuTimeNanos() == 10_000_000_000L
        host.settings().guestLoad() == OptionalDouble.of(0.5)
    }

    def "running or blocked: the same within a second in any observer, about the load's share over time"() {
        given:
        def d = create('g').domid()
        host.setLoad(d, load)

        when:
        def looks = (1..400).collect { seconds(1); info(d).state() }
        def again = info(d).state()

        then:
        again == looks.last()
        looks.every { it.running() != it.blocked() }
        Math.abs(looks.count { it.running() } / 400 - load) < 0.08

        where:
        load << [0.0, 0.3, 0.9, 1.0]
    }

    def "uptime: a domain's start time, Domain-0's the host's boot"() {
        given:
        def booted = clock.now()
        seconds(100)
        def d = create('g').domid()

        expect:
        info(d).started() == booted.plusSeconds(100)
        info(0).started() == booted
    }

    def "vcpu-pin: hard and soft maps, all vcpus or one, masked to the host's pCPUs"() {
        given:
        def d = create('g', 'vcpus = 3').domid()

        when:
        host.setAffinity(d, -1, bits(2, 3), null)
        host.setAffinity(d, 1, null, bits(3, 9))

        then:
        host.vcpus(d)*.hardAffinity() == [bits(2, 3), bits(2, 3), bits(2, 3)]
        host.vcpus(d)*.softAffinity() == [bits(0..7), bits(3), bits(0..7)]
        host.vcpus(d).every { it.cpu() in [2, 3] }

        when: 'no pCPU of the pool'
        host.setAffinity(d, 0, bits(12), null)

        then:
        def e = thrown(HvException)
        e.message == 'Setting vcpu affinity: Invalid argument'

        when: 'a vcpu it does not have'
        host.setAffinity(d, 3, bits(1), null)

        then:
        thrown(HvException)
    }

    static BitSet bits(Object... cpus) {
        def b = new BitSet()
        cpus.flatten().each { b.set(it as int) }
        b
    }
}
