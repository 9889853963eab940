package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.cfg.cpupool.Scheduler
import xsh.hv.HostInfo
import xsh.hv.NumaNode

/**
 * xl info's lines back into the host's facts, and xl info -n's tables into where its pCPUs
 * and memory are; lines of older or newer xl than the embedded host's change nothing.
 */
class XlInfoTextSpec extends Specification {

    def "every field of xl info reads back in xsh's units"() {
        when:
        HostInfo h = XlInfoText.parse(XlOutputs.text('info'), Optional.empty())

        then:
        h.host() == 'numa'
        h.release() == '6.1.0-28-amd64'
        h.version() == '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)'
        h.machine() == 'x86_64'
        [h.nrCpus(), h.maxCpuId(), h.nrNodes(), h.coresPerSocket(), h.threadsPerCore()] == [8, 7, 2, 2, 2]
        h.cpuKhz() == 2_999_998
        h.hwCaps() == '178bfbff:f6d8320b:2e500800:244037ff:0000000f:219c91a9:0040069c:00019b3c'
        h.virtCaps() == 'pv hvm hvm_directio pv_directio hap shadow iommu_hap_pt_share gnttab-v1 gnttab-v2'
        [h.totalMemoryMib(), h.sharingFreedMemoryMib(), h.sharingUsedMemoryMib(), h.outstandingClaimsMib(), h.freeCpus()] == [16384, 0, 0, 0, 0]
        h.freeMemoryMib() > 0
        [h.xenMajor(), h.xenMinor(), h.xenExtra(), h.xenVersion()] == [4, 17, '.7', '4.17.7']
        h.xenCaps() == 'xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64'
        h.xenScheduler() == Scheduler.CREDIT2
        h.xenPagesize() == 4096
        h.virtStart() == 0xffff800000000000L
        h.xenChangeset() == ''
        h.xenCommandline() == 'placeholder dom0_mem=2048M,max:2048M dom0_max_vcpus=2 no-real-mode edd=off'
        h.ccCompiler() == 'x86_64-linux-gnu-gcc (Debian 12.2.0-14+deb12u1) 12.2.0'
        h.ccCompileBy() == 'pkg-xen-devel'
        h.ccCompileDomain() == 'lists.alioth.debian.org'
        h.ccCompileDate() == 'Tue Feb 11 09:30:27 UTC 2025'
        h.buildId() == '82bc4edd80cd77b3159b9d296e3e4b3101ac0352'
    }

    def "every value is the one the embedded host rendered (xsh --json info -n, recorded with it)"() {
        given:
        Map json = XlOutputs.json('info-n')

        when:
        HostInfo h = XlInfoText.parse(XlOutputs.text('info'), Optional.of(XlOutputs.text('info-n')))

        then:
        [h.host(), h.release(), h.version(), h.machine(), h.nrCpus(), h.maxCpuId(), h.nrNodes(), h.coresPerSocket(),
         h.threadsPerCore(), h.cpuKhz(), h.hwCaps(), h.virtCaps().split(' ') as List, h.totalMemoryMib(), h.freeMemoryMib(),
         h.sharingFreedMemoryMib(), h.sharingUsedMemoryMib(), h.outstandingClaimsMib(), h.freeCpus(), h.xenMajor(),
         h.xenMinor(), h.xenExtra(), h.xenVersion(), h.xenCaps(), h.xenScheduler().libxlName(), h.xenPagesize(),
         'virt_start=0x' + Long.toHexString(h.virtStart()), h.xenChangeset(), h.xenCommandline(), h.ccCompiler(),
         h.ccCompileBy(), h.ccCompileDomain(), h.ccCompileDate(), h.buildId()] ==
                [json.host, json.release, json.version, json.machine, json.nr_cpus, json.max_cpu_id, json.nr_nodes,
                 json.cores_per_socket, json.threads_per_core, (json.cpu_mhz * 1000) as long, json.hw_caps, json.virt_caps,
                 json.total_memory, json.free_memory, json.sharing_freed_memory, json.sharing_used_memory,
                 json.outstanding_claims, json.free_cpus, json.xen_major, json.xen_minor, json.xen_extra, json.xen_version,
                 json.xen_caps, json.xen_scheduler, json.xen_pagesize, json.platform_params, json.xen_changeset,
                 json.xen_commandline, json.cc_compiler, json.cc_compile_by, json.cc_compile_domain, json.cc_compile_date,
                 json.build_id]
        h.nodeOfCpu() == json.cpu_topology*.node
        h.numaNodes() == json.numa_info.collect { new NumaNode(it.memsize, it.memfree, it.distances) }
    }

    def "xl info -n gives each pCPU's node and each node's memory and distances"() {
        when:
        HostInfo h = XlInfoText.parse(XlOutputs.text('info'), Optional.of(XlOutputs.text('info-n')))

        then:
        h.nodeOfCpu() == [0, 0, 0, 0, 1, 1, 1, 1]
        h.numaNodes() == [new NumaNode(8192, 5824, [10, 20]), new NumaNode(8192, 5824, [20, 10])]
    }

    def "xl info -n: a pCPU xl leaves out, or whose node Xen does not know, is on node 0"() {
        given:
        String numa = XlOutputs.text('info-n').readLines().findAll { !it.startsWith('  2:') }
                .collect { it.startsWith('  5:') ? '  5:       0        1       -1' : it }.join('\n')

        expect:
        XlInfoText.parse(XlOutputs.text('info'), Optional.of(numa)).nodeOfCpu() == [0, 0, 0, 0, 1, 0, 1, 1]
    }

    def "xl info -n's own lines give the same facts as xl info's"() {
        expect:
        XlInfoText.parse(XlOutputs.text('info-n'), Optional.empty()) == XlInfoText.parse(XlOutputs.text('info'), Optional.empty())
    }

    def "without -n, a one-node host's pCPUs are all on node 0 and a bigger one's are not known"() {
        given:
        String oneNode = XlOutputs.text('info').replace('nr_nodes               : 2', 'nr_nodes               : 1')

        expect:
        XlInfoText.parse(oneNode, Optional.empty()).nodeOfCpu() == [0] * 8
        XlInfoText.parse(oneNode, Optional.empty()).numaNodes().size() == 1
        XlInfoText.parse(XlOutputs.text('info'), Optional.empty()).nodeOfCpu() == []
        XlInfoText.parse(XlOutputs.text('info'), Optional.empty()).numaNodes().size() == 2
    }

    def "cpu_mhz #mhz is #khz kHz"() {
        given:
        String text = XlOutputs.text('info').replace('cpu_mhz                : 2999.998', "cpu_mhz                : $mhz")

        expect:
        XlInfoText.parse(text, Optional.empty()).cpuKhz() == khz

        where:
        mhz        | khz
        '3400.022' | 3_400_022
        '0.000'    | 0
        '2400.100' | 2_400_100
        '3000'     | 3_000_000
    }

    def "lines of other xl versions: #change"() {
        given:
        String text = XlOutputs.text('info')
        text = edit(text)

        expect:
        check(XlInfoText.parse(text, Optional.empty()))

        where:
        change                                       | edit                                                                                                  | check
        'no virt_caps (before 4.13)'                 | { String t -> t.readLines().findAll { !it.startsWith('virt_caps') }.join('\n') + '\n' }               | { HostInfo info -> info.virtCaps() == '' }
        'arm_sve_vector_length (master, Arm)'        | { String t -> t.replace('total_memory', 'arm_sve_vector_length  : 0\ntotal_memory') }                 | { HostInfo info -> info.totalMemoryMib() == 16384 }
        'xenstore_features (master -x)'              | { String t -> t.replace('xend_config_format', 'xenstore_features      : 0x00000001\nxend_config_format') } | { HostInfo info -> info.buildId() != '' }
        'no build_id'                                | { String t -> t.readLines().findAll { !it.startsWith('build_id') }.join('\n') }                       | { HostInfo info -> info.buildId() == '' }
        'a development version'                      | { String t -> t.replace(': .7', ': -unstable').replace('4.17.7', '4.20-unstable').replace(': 17', ': 20') } | { HostInfo info -> info.xenVersion() == '4.20-unstable' }
        'the credit scheduler'                       | { String t -> t.replace(': credit2', ': credit') }                                                      | { HostInfo info -> info.xenScheduler() == Scheduler.CREDIT }
        'a scheduler xsh does not know'              | { String t -> t.replace(': credit2', ': (null)') }                                                      | { HostInfo info -> info.xenScheduler() == Scheduler.UNKNOWN }
        'a 32-bit virt_start'                        | { String t -> t.replace('virt_start=0xffff800000000000', 'virt_start=0xf5800000') }                     | { HostInfo info -> info.virtStart() == 0xf5800000L }
        'a transcript with squeezed padding'         | { String t -> t.replace('xen_minor              : 17', 'xen_minor : 13') }                             | { HostInfo info -> info.xenMinor() == 13 }
        'xen_version without its parts'              | { String t -> t.readLines().findAll { !(it =~ /^xen_(major|minor|extra) /) }.join('\n') } | { HostInfo info -> [info.xenMajor(), info.xenMinor(), info.xenExtra()] == [4, 17, '.7'] }
        'blank lines around'                         | { String t -> '\n' + t + '\n\n' }                                                                     | { HostInfo info -> info.nrCpus() == 8 }
    }

    def "what is not xl info is an error naming the line or the missing key: #why"() {
        when:
        XlInfoText.parse(text, Optional.empty())

        then:
        IllegalArgumentException e = thrown()
        e.message == message

        where:
        why              | text                                                                                           | message
        'no nr_cpus'     | XlOutputs.text('info').readLines().findAll { !it.startsWith('nr_cpus') }.join('\n')           | "xl info: no 'nr_cpus' line"
        'not a number'   | XlOutputs.text('info').replace('total_memory           : 16384', 'total_memory           : lots') | "line 13: not a number for total_memory: 'total_memory           : lots'"
        'another output' | 'Name ID Mem VCPUs State Time(s)\n'                                                             | "line 1: not an xl info line: 'Name ID Mem VCPUs State Time(s)'"
    }

    def "a broken -n table is an error naming its line"() {
        when:
        XlInfoText.parse(XlOutputs.text('info'), Optional.of(XlOutputs.text('info-n').replace('   1:      8192       5824      20,10', '   1:      8192')))

        then:
        IllegalArgumentException e = thrown()
        e.message ==~ /line \d+: not a row of xl info -n's numa table: '   1:      8192'/
    }
}
