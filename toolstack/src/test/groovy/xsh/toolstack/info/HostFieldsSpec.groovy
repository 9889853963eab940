package xsh.toolstack.info

import spock.lang.Specification
import xsh.hv.HostInfo
import xsh.toolstack.fake.FakeHosts

class HostFieldsSpec extends Specification {

    static HostInfo withVirtCaps(String caps) {
        def h = FakeHosts.info()
        new HostInfo(h.host(), h.release(), h.version(), h.machine(), h.nrCpus(), h.maxCpuId(), h.nrNodes(),
                h.coresPerSocket(), h.threadsPerCore(), h.cpuKhz(), h.hwCaps(), caps, h.totalMemoryMib(),
                h.freeMemoryMib(), h.sharingFreedMemoryMib(), h.sharingUsedMemoryMib(), h.outstandingClaimsMib(),
                h.freeCpus(), h.xenMajor(), h.xenMinor(), h.xenExtra(), h.xenCaps(), h.xenScheduler(),
                h.xenPagesize(), h.virtStart(), h.xenChangeset(), h.xenCommandline(), h.ccCompiler(),
                h.ccCompileBy(), h.ccCompileDomain(), h.ccCompileDate(), h.buildId(), h.nodeOfCpu())
    }

    def "xl info's lines, in xl's order and format, byte for byte"() {
        expect:
        HostFields.of(FakeHosts.info())*.xlLine().join('\n') + '\n' == '''\
host                   : xsh-default
release                : 6.1.0-28-amd64
version                : #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)
machine                : x86_64
nr_cpus                : 8
max_cpu_id             : 7
nr_nodes               : 1
cores_per_socket       : 4
threads_per_core       : 2
cpu_mhz                : 2394.558
hw_caps                : 178bfbff:f6d8320b:2c100800:000007ab:0000000f:009c27ab:00000000:00000100
virt_caps              : pv hvm hvm_directio pv_directio hap shadow
total_memory           : 32768
free_memory            : 24064
sharing_freed_memory   : 0
sharing_used_memory    : 0
outstanding_claims     : 0
free_cpus              : 0
xen_major              : 4
xen_minor              : 17
xen_extra              : .7
xen_version            : 4.17.7
xen_caps               : xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64
xen_scheduler          : credit2
xen_pagesize           : 4096
platform_params        : virt_start=0xffff800000000000
xen_changeset          : 
xen_commandline        : dom0_mem=8192M dom0_max_vcpus=4
cc_compiler            : x86_64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0
cc_compile_by          : pkg-xen-devel
cc_compile_domain      : lists.alioth.debian.org
cc_compile_date        : Tue Jan 14 10:00:00 UTC 2026
build_id               : 4e5c1a0b2d3f4e5a6b7c8d9e0f1a2b3c4d5e6f70
xend_config_format     : 4
'''
    }

    def "cpu_mhz is %d.%03d of kHz: #khz kHz"() {
        expect:
        HostFields.cpuMhz(khz).xlLine() == "cpu_mhz                : $text"
        HostFields.cpuMhz(khz).value() == new BigDecimal(text)

        where:
        khz      | text
        2394558  | '2394.558'
        3000000  | '3000.000'
        1050     | '1.050'
        999      | '0.999'
    }

    def "virt_caps puts a space before each word, so without any the line ends at the colon"() {
        expect:
        HostFields.virtCaps(caps).xlLine() == line
        HostFields.virtCaps(caps).value() == words

        where:
        caps          | line                                   | words
        'pv hvm hap'  | 'virt_caps              : pv hvm hap'  | ['pv', 'hvm', 'hap']
        ' pv  hvm '   | 'virt_caps              : pv hvm'      | ['pv', 'hvm']
        ''            | 'virt_caps              :'             | []
    }

    def "xl info PREFIX prints the values of the lines that start with it: #prefix"() {
        expect:
        HostFields.of(withVirtCaps(caps)).collect { it.valueIfSelectedBy(prefix) }.findAll { it.present }*.get() == values

        where:
        prefix                      | caps     | values
        'free'                      | 'pv hvm' | ['24064', '0']
        'xen_version'               | 'pv hvm' | ['4.17.7']
        'xen_v'                     | 'pv hvm' | ['4.17.7']
        'xen_versionx'              | 'pv hvm' | []
        'host                   : ' | 'pv hvm' | ['xsh-default']      // compared with the whole line
        'virt_caps'                 | 'pv hvm' | ['pv hvm']
        'virt_caps'                 | ''       | []                   // xl needs ": " to print anything
        'nosuch'                    | 'pv hvm' | []
        'xen_changeset'             | 'pv hvm' | ['']
    }

    def "JSON values are typed: numbers as numbers, words as a list"() {
        when:
        def fields = HostFields.of(FakeHosts.info()).collectEntries { [it.key(), it.value()] }

        then:
        fields.nr_cpus == 8L
        fields.cpu_mhz == new BigDecimal('2394.558')
        fields.virt_caps == ['pv', 'hvm', 'hvm_directio', 'pv_directio', 'hap', 'shadow']
        fields.xen_version == '4.17.7'
        fields.xend_config_format == 4L
        fields.keySet().size() == 34
    }
}
