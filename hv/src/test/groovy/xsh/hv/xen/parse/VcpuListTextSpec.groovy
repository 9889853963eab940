package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.hv.VcpuInfo

/** xl vcpu-list's rows back into each domain's vcpus, online or offline, with their affinities. */
class VcpuListTextSpec extends Specification {

    static BitSet bits(List<Integer> cpus) {
        BitSet b = new BitSet()
        cpus.each { b.set(it) }
        b
    }

    static final BitSet ALL8 = bits(0..7)

    def "the embedded host's xl vcpu-list reads back vcpu by vcpu"() {
        when:
        Map<Integer, List<VcpuInfo>> vcpus = VcpuListText.parse(XlOutputs.text('vcpu-list'), 8)

        then:
        vcpus.keySet() as List == [0, 1, 2, 3, 4]
        vcpus.collectEntries { d, l -> [d, l*.vcpu()] } == [0: [0, 1], 1: [0, 1, 2, 3], 2: [0, 1], 3: [0], 4: [0, 1]]
        vcpus[0][0] == new VcpuInfo(0, true, 1, true, false, 14_100_000_000L, ALL8, ALL8)
        vcpus[1][1] == new VcpuInfo(1, true, 3, false, true, 84_000_000_000L, bits([2, 3]), bits(0..5))
        vcpus[1][3] == new VcpuInfo(3, false, -1, false, false, 0L, ALL8, ALL8)
        vcpus[2][0] == new VcpuInfo(0, true, 2, false, false, 1_100_000_000L, ALL8, ALL8)
    }

    def "the vcpus, their online state and affinities are those the embedded host rendered"() {
        given: 'xsh --json vcpu-list, recorded with it (pCPU and state move between the two)'
        List<Map> json = XlOutputs.json('vcpu-list')

        when:
        Map<Integer, List<VcpuInfo>> vcpus = VcpuListText.parse(XlOutputs.text('vcpu-list'), 8)

        then:
        vcpus.collectMany { domid, list -> list.collect { v ->
            [domid, v.vcpu(), v.online(), v.hardAffinity(), v.softAffinity()] } } ==
                json.collect { [it.domid, it.vcpu, it.online, affinity(it.hard_affinity), affinity(it.soft_affinity)] }
    }

    static BitSet affinity(String text) {
        text == 'all' ? ALL8 : bits(text.split(',').collectMany { run ->
            List<Integer> ends = run.split('-')*.toInteger()
            (ends[0]..ends[-1]).toList() })
    }

    def "vcpu-list of some domains lists those only"() {
        expect:
        VcpuListText.parse(XlOutputs.text('vcpu-list-web-db'), 8).keySet() as List == [1, 2]
    }

    def "the reference's 4.17 rows: CPU column shifted, offline vcpu"() {
        when:
        Map<Integer, List<VcpuInfo>> vcpus = VcpuListText.parse(XlOutputs.text('appendix-a-vcpu-list'), 4)

        then:
        vcpus == [0: [new VcpuInfo(0, true, 2, true, false, 12_300_000_000L, bits(0..3), bits(0..3))],
                  3: [new VcpuInfo(1, false, -1, false, false, 0L, bits([0, 1]), bits(0..3))]]
    }

    def "affinity #text over #nrCpus pCPUs"() {
        given:
        String out = "Name                                ID  VCPU   CPU State   Time(s) Affinity (Hard / Soft)\n" +
                "g                                    1     0    0   -b-       0.1  ${text} / none\n"

        expect:
        VcpuListText.parse(out, nrCpus)[1][0].hardAffinity() == bits(cpus)
        VcpuListText.parse(out, nrCpus)[1][0].softAffinity().isEmpty()

        where:
        text          | nrCpus | cpus
        'all'         | 4      | 0..3
        'all'         | 16     | 0..15
        'none'        | 4      | []
        '0-3,5,7-8'   | 12     | [0, 1, 2, 3, 5, 7, 8]
        '5'           | 8      | [5]
    }

    def "malformed output names the line: #why"() {
        when:
        VcpuListText.parse(text, 4)

        then:
        IllegalArgumentException e = thrown()
        e.message == message

        where:
        why            | text                                                                         | message
        'empty'        | ''                                                                           | "line 1: no xl vcpu-list header: ''"
        'other table'  | 'Name ID Mem VCPUs State Time(s)\n'                                          | "line 1: not an xl vcpu-list header: 'Name ID Mem VCPUs State Time(s)'"
        'no slash'     | 'Name ID VCPU CPU State Time(s) Affinity\ng 1 0 0 -b- 0.1 all all x\n'       | "line 2: expected Name ID VCPU CPU State Time(s) HARD / SOFT: 'g 1 0 0 -b- 0.1 all all x'"
        'bad state'    | 'Name ID VCPU CPU State Time(s) Affinity\ng 1 0 0 -x- 0.1 all / all\n'       | "line 2: not a vcpu state ('0 -x-'): 'g 1 0 0 -x- 0.1 all / all'"
        'offline run'  | 'Name ID VCPU CPU State Time(s) Affinity\ng 1 0 - r-- 0.1 all / all\n'       | "line 2: not a vcpu state ('- r--'): 'g 1 0 - r-- 0.1 all / all'"
        'bad bitmap'   | 'Name ID VCPU CPU State Time(s) Affinity\ng 1 0 0 -b- 0.1 3-1 / all\n'       | "line 2: not a CPU list ('3-1'): 'g 1 0 0 -b- 0.1 3-1 / all'"
    }
}
