package xsh.toolstack.host

import spock.lang.Specification
import xsh.cfg.size.MemorySize
import xsh.error.XshException
import xsh.hv.HostSpec

class HostSizingSpec extends Specification {

    static HostSpec spec(Integer cpus, String memory, String dom0Memory = null, Integer dom0Vcpus = null) {
        HostSizing.spec(cpus == null ? OptionalInt.empty() : OptionalInt.of(cpus),
                Optional.ofNullable(memory).map(MemorySize::parse),
                Optional.ofNullable(dom0Memory).map(MemorySize::parse),
                dom0Vcpus == null ? OptionalInt.empty() : OptionalInt.of(dom0Vcpus))
    }

    def "sizes given and defaults: #cpus pCPUs, #memory, Domain-0 #dom0Memory and #dom0Vcpus vCPUs"() {
        expect:
        spec(cpus, memory, dom0Memory, dom0Vcpus) == expected

        where:
        cpus | memory  | dom0Memory | dom0Vcpus | expected
        null | null    | null       | null      | HostSpec.DEFAULT
        16   | '64G'   | null       | null      | new HostSpec(16, 65536, 8192, 4)
        2    | '4G'    | null       | null      | new HostSpec(2, 4096, 1024, 2)     // Domain-0 fits the small host
        1    | '1G'    | null       | null      | new HostSpec(1, 1024, 256, 1)
        8    | '1.5T'  | '16G'      | 8         | new HostSpec(8, 1572864, 16384, 8)
        4    | '2048'  | '512M'     | 1         | new HostSpec(4, 2048, 512, 1)
    }

    def "refused: #why"() {
        when:
        spec(cpus, memory, dom0Memory, dom0Vcpus)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        why                       | cpus | memory | dom0Memory | dom0Vcpus | message
        'no pCPU'                 | 0    | null   | null       | null      | 'host create: --cpus must be 1 to 4096, not 0'
        'too many pCPUs'          | 5000 | null   | null       | null      | 'host create: --cpus must be 1 to 4096, not 5000'
        'Domain-0 fills the host' | 4    | '8G'   | '8G'       | null      | 'host create: --dom0-memory (8 GiB) must be less than --memory (8 GiB)'
        'Domain-0 too small'      | 4    | '8G'   | '64M'      | null      | 'host create: Domain-0 needs at least 128 MiB, not 64 MiB'
        'host too small'          | 4    | '256M' | null       | null      | 'host create: Domain-0 needs at least 128 MiB, not 64 MiB (a quarter of --memory)'
        'more vCPUs than pCPUs'   | 4    | null   | null       | 5         | "host create: --dom0-vcpus must be 1 to the host's 4 pCPUs, not 5"
        'no Domain-0 vCPU'        | 4    | null   | null       | 0         | "host create: --dom0-vcpus must be 1 to the host's 4 pCPUs, not 0"
        'part of a MiB'           | 4    | '1025K'| null       | null      | 'host create: --memory must be a positive whole number of MiB, not 1025 KiB'
        'no memory'               | 4    | '0'    | null       | null      | 'host create: --memory must be a positive whole number of MiB, not 0 KiB'
    }
}
