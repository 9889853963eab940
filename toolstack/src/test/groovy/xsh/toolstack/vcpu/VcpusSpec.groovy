package xsh.toolstack.vcpu

import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.toolstack.SimHostSpecification

class VcpusSpec extends SimHostSpecification {

    int g

    def setup() {
        g = guest('g', 'vcpus = 2\nmaxvcpus = 4').domid()
    }

    static BitSet cpus(Integer... ids) {
        def b = new BitSet()
        ids.each { b.set(it) }
        b
    }

    // ---- vcpu-list ----------------------------------------------------------------------

    def "vcpu-list without arguments: every domain, every vcpu up to its maximum"() {
        when:
        def listing = new Vcpus(host, false).list([])

        then:
        listing.nrCpus() == 8
        listing.domains()*.name() == ['Domain-0', 'g']
        listing.domains()[0].vcpus().size() == 4
        listing.domains()[1].vcpus()*.online() == [true, true, false, false]
        listing.domains()[1].vcpus()[2].cpu() == -1
        listing.problems() == []
    }

    def "vcpu-list DOMAIN...: in the order given"() {
        expect:
        new Vcpus(host, false).list(['g', '0'])*.domains().flatten()*.domid() == [g, 0]
    }

    def "vcpu-list of a domid that does not exist: xl skips it with libxl's line, xsh refuses it"() {
        when:
        def listing = new Vcpus(host, true).list(['42', 'g'])

        then:
        listing.domains()*.name() == ['g']
        listing.problems() == ['Domain 42:Non-existant domain']

        when:
        new Vcpus(host, false).list(['g', '42'])

        then:
        def e = thrown(XshException)
        e.message == "Error: Domain '42' does not exist."
    }

    def "vcpu-list of a name that is no domain: xsh refuses before listing, xl stops there"() {
        when:
        new Vcpus(host, false).list(['g', 'nosuch'])

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        e.exitCode() == 1

        when:
        def listing = new Vcpus(host, true).list(['g', 'nosuch', '0'])

        then:
        listing.domains()*.name() == ['g']
        listing.stop().get().message == 'nosuch is an invalid domain identifier (rc=-6)'
    }

    // ---- vcpu-set -----------------------------------------------------------------------

    def "vcpu-set '#count' (#mode) brings #online vcpus online"() {
        when:
        new Vcpus(host, xl).setOnline('g', count, false)

        then:
        info('g').onlineVcpus() == online

        where:
        count | xl    | online
        '3'   | false | 3
        '1'   | true  | 1
        '4'   | true  | 4
        '3x'  | true  | 3   // strtoul reads what it can
        ' 3'  | true  | 3
        mode = xl ? 'xl' : 'xsh'
    }

    def "vcpu-set '#count' (#mode) is refused: #message"() {
        when:
        new Vcpus(host, xl).setOnline('g', count, false)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        info('g').onlineVcpus() == 2

        where:
        count        | xl    | message
        'abc'        | true  | 'Error: Invalid argument.'
        ''           | true  | 'Error: Invalid argument.'
        '-1'         | true  | 'Error: Invalid argument.'
        '2147483648' | true  | 'Error: Invalid argument.'
        '3x'         | false | "invalid vcpu count '3x': expected a whole number"
        '0'          | false | "invalid vcpu count '0': at least 1"
        mode = xl ? 'xl' : 'xsh'
    }

    def "vcpu-set beyond the host's pCPUs is overcommitting unless --ignore-host"() {
        given:
        def big = guest('big', 'vcpus = 2\nmaxvcpus = 16').domid()

        when:
        new Vcpus(host, true).setOnline('big', '10', false)

        then:
        def e = thrown(XshException)
        e.message == 'You are overcommmitting! You have 8 physical CPUs and want 10 vCPUs! Aborting, use --ignore-host to continue'

        when:
        new Vcpus(host, true).setOnline('big', '10', true)

        then:
        host.domain(big).get().onlineVcpus() == 10
    }

    def "vcpu-set above the domain's maximum: libxl's line (xl: #xl), then xl's"() {
        when:
        new Vcpus(host, xl).setOnline('g', '5', false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["${prefix}Domain $g:Requested 5 VCPUs, however maxcpus is 4!",
                      "libxl_set_vcpuonline failed domid=$g max_vcpus=5, rc: -3"]*.toString()

        where:
        xl    | prefix
        true  | 'libxl: error: libxl_domain.c:1869:libxl_set_vcpuonline: '
        false | ''
    }

    def "vcpu-set of a domid that does not exist"() {
        when:
        new Vcpus(host, xl).setOnline('42', '1', ignoreHost)

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        xl    | ignoreHost | message
        true  | false      | ''                        // xl says nothing
        false | false      | 'Domain 42 does not exist.'
        true  | true       | 'Domain 42 does not exist.'
    }

    // ---- vcpu-pin -----------------------------------------------------------------------

    def "vcpu-pin g #vcpu #hard #soft sets what is given and leaves '-' alone"() {
        given:
        def pins = new Vcpus(host, false)
        pins.pin('g', 'all', '0-3', Optional.of('4-7'), false, false)

        when:
        def result = pins.pin('g', vcpu, hard, Optional.ofNullable(soft), false, false)
        def vcpus = host.vcpus(g)

        then:
        result.applied()
        vcpus*.hardAffinity() == hards.collect { cpus(*it) }
        vcpus*.softAffinity() == softs.collect { cpus(*it) }

        where:
        vcpu  | hard      | soft  | hards                                      | softs
        '1'   | '2'       | null  | [0..3, [2], 0..3, 0..3]                    | [4..7, 4..7, 4..7, 4..7]
        '1'   | '-'       | '0'   | [0..3, 0..3, 0..3, 0..3]                   | [4..7, [0], 4..7, 4..7]
        '0'   | '5,^5,6'  | '-'   | [[6], 0..3, 0..3, 0..3]                    | [4..7, 4..7, 4..7, 4..7]
        'all' | 'all'     | 'all' | [0..7, 0..7, 0..7, 0..7]                   | [0..7, 0..7, 0..7, 0..7]
        'all' | 'node:0'  | null  | [0..7, 0..7, 0..7, 0..7]                   | [4..7, 4..7, 4..7, 4..7]
    }

    def "a dry run works the maps out and changes nothing"() {
        when:
        def result = new Vcpus(host, true).pin('g', '0', '1-2', Optional.of('-'), false, true)

        then:
        !result.applied()
        result.hard() == Optional.of(cpus(1, 2))
        result.soft() == Optional.empty()
        result.nrCpus() == 8
        host.vcpus(g)[0].hardAffinity() == cpus(*0..7)
    }

    def "xl reads the vcpu with strtol: '#vcpu' is vcpu #id"() {
        when:
        def result = new Vcpus(host, true).pin('g', vcpu, '3', Optional.empty(), false, false)

        then:
        result.vcpu() == id
        host.vcpus(g)[id].hardAffinity() == cpus(3)

        where:
        vcpu | id
        '1x' | 1
        ' 2' | 2
    }

    def "vcpu-pin refuses '#vcpu' #hard (#mode): #message"() {
        when:
        new Vcpus(host, xl).pin('g', vcpu, hard, Optional.empty(), force, false)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        vcpu  | hard   | force | xl    | message
        'x'   | '1'    | false | true  | 'Error: Invalid argument x as VCPU.'
        '-1'  | '1'    | false | true  | 'Error: Invalid argument -1 as VCPU.'
        'all' | '1'    | true  | true  | "Error: --force and 'all' as VCPU not allowed."
        'all' | '1'    | true  | false | "Error: --force and 'all' as VCPU not allowed."
        '1x'  | '1'    | false | false | "invalid vcpu '1x': expected a whole number"
        '1'   | 'abc'  | false | true  | 'Invalid pcpu range: abc.'
        '1'   | '^all' | false | true  | 'Can\'t combine "^" and "all".'
        '1'   | 'abc'  | false | false | 'invalid cpu list "abc": "abc" is not all, N or N-M (with N <= M), optionally after ^ and node:'
        mode = xl ? 'xl' : 'xsh'
    }

    static final String AFFINITY = 'libxl: error: libxl_sched.c:62:libxl__set_vcpuaffinity: '

    def "the host refuses one vcpu: libxl's line and xl's, exit code 1"() {
        when:
        new Vcpus(host, true).pin('g', '9', '1', Optional.empty(), false, false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["${AFFINITY}Domain $g:Setting vcpu affinity: Invalid argument", "Could not set affinity for vcpu `9'."]*.toString()
        e.exitCode() == 1
    }

    def "the host refuses all vcpus: xl says so with libxl's prefix and exits 0, xsh fails"() {
        when: 'no pCPU of the map is in the domain\'s pool'
        def result = new Vcpus(host, true).pin('g', 'all', '8-15', Optional.empty(), false, false)

        then:
        !result.applied()
        result.warnings() == ["${AFFINITY}Domain $g:Setting vcpu affinity: Invalid argument", 'Could not set affinity.']*.toString()

        when:
        new Vcpus(host, false).pin('g', 'all', '8-15', Optional.empty(), false, false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["Domain $g:Setting vcpu affinity: Invalid argument", 'Could not set affinity.']*.toString()
        e.exitCode() == 1
    }
}
