package xsh.toolstack.memory

import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.toolstack.SimHostSpecification

class DomainMemorySpec extends SimHostSpecification {

    def "mem-set #size sets the target to #kib KiB (#mode)"() {
        given:
        def d = guest('g', 'maxmem = 2048', 1024)

        when:
        def change = new DomainMemory(host, xl).setTarget('g', size)

        then:
        change == new MemoryChange(d.domid(), kib)
        info('g').targetKib() == kib

        where:
        size         | xl    | kib
        '512'        | true  | 512 * MiB
        '512'        | false | 512 * MiB
        '512m'       | true  | 512 * MiB
        '512M'       | false | 512 * MiB
        '1g'         | true  | 1024 * MiB
        '1G'         | false | 1024 * MiB
        '2g'         | true  | 2048 * MiB
        '262144k'    | true  | 256 * MiB
        '262144K'    | false | 256 * MiB
        '268435456b' | true  | 256 * MiB
        '268435457b' | true  | 256 * MiB   // xl rounds bytes down to KiB
        '1.5G'       | false | 1536 * MiB  // xsh's own reading takes fractions
        mode = xl ? 'xl' : 'xsh'
    }

    def "mem-max #size sets the static maximum (#mode)"() {
        given:
        guest('g', '', 512)

        when:
        new DomainMemory(host, xl).setMax('g', size)

        then:
        info('g').maxKib() == kib

        where:
        size    | xl    | kib
        '1024'  | true  | 1024 * MiB
        '4g'    | false | 4096 * MiB
        '512m'  | true  | 512 * MiB
        mode = xl ? 'xl' : 'xsh'
    }

    def "a size neither reading takes: '#size' (#mode) -> #message"() {
        given:
        guest('g')

        when:
        new DomainMemory(host, xl)."$method"('g', size)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        info('g').targetKib() == 512 * MiB
        info('g').maxKib() == 512 * MiB

        where:
        method      | size       | xl    | message
        'setTarget' | 'abc'      | true  | 'invalid memory size: abc'
        'setTarget' | '12x'      | true  | 'invalid memory size: 12x'
        'setTarget' | '12mb'     | true  | 'invalid memory size: 12mb'
        'setMax'    | '1q'       | true  | 'invalid memory size: 1q'
        'setTarget' | 'abc'      | false | 'invalid memory size: abc (expected a number with an optional unit, e.g. 512M, 32G or 1.5G)'
        'setTarget' | '-2'       | false | 'invalid memory size: -2 (a size cannot be negative)'
        'setMax'    | '-2g'      | false | 'invalid memory size: -2g (a size cannot be negative)'
        'setTarget' | '99999999999999999999t' | false | 'invalid memory size: 99999999999999999999t (too large)'
        mode = xl ? 'xl' : 'xsh'
    }

    static final String TARGET = 'libxl: error: libxl_mem.c:278:libxl_set_memory_target: '

    def "the host refuses: #method #size (xl: #xl) -> libxl's line, then xl's"() {
        given:
        def d = guest('g', '', 512)

        when:
        new DomainMemory(host, xl)."$method"(domain, size)

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines.collect { it.replace('$D', Integer.toString(domain == 'g' ? d.domid() : 0)) }
        e.exitCode() == 1

        where:
        method      | domain     | size                     | xl    | lines
        'setTarget' | 'g'        | '1024'                   | true  | [TARGET + 'Domain $D:memory_dynamic_max must be less than or equal to memory_static_max',
                                                                         'cannot set domid $D dynamic max memory to : 1024']
        'setTarget' | 'g'        | '1024'                   | false | ['Domain $D:memory_dynamic_max must be less than or equal to memory_static_max',
                                                                         'cannot set domid $D dynamic max memory to : 1024']
        // xl reads -2 as -2048 KiB, which libxl compares unsigned: above any maximum
        'setTarget' | 'g'        | '-2'                     | true  | [TARGET + 'Domain $D:memory_dynamic_max must be less than or equal to memory_static_max',
                                                                         'cannot set domid $D dynamic max memory to : -2']
        // strtol clamps, the shift wraps to a negative number: refused, not set
        'setTarget' | 'g'        | '99999999999999999999t'  | true  | [TARGET + 'Domain $D:memory_dynamic_max must be less than or equal to memory_static_max',
                                                                         'cannot set domid $D dynamic max memory to : 99999999999999999999t']
        'setMax'    | 'g'        | '256'                    | true  | ['Domain $D:memory_static_max must be greater than or or equal to memory_dynamic_max',
                                                                         'cannot set domid $D static max memory to : 256']
        'setMax'    | 'g'        | '-1g'                    | true  | ['Domain $D:memory_static_max out of range',
                                                                         'cannot set domid $D static max memory to : -1g']
        'setTarget' | 'Domain-0' | '64'                     | true  | ['libxl: error: libxl_mem.c:287:libxl_set_memory_target: Domain $D:New target 65536 for dom0 is below the minimum threshold',
                                                                         'cannot set domid $D dynamic max memory to : 64']
    }

    def "a domain that is not there: #domain"() {
        when:
        new DomainMemory(host, true).setTarget(domain, '256')

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        domain   | message
        'nosuch' | 'nosuch is an invalid domain identifier (rc=-6)'
        '42'     | 'Domain 42:Non-existant domain\ncannot set domid 42 dynamic max memory to : 256'
    }
}
