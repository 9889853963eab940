package xsh.hv.sim

import xsh.hv.HostSpec

class HostInfoSpec extends SimHostFixture {

    def "xl info of a default host: a Debian 12 Dom0 on Xen 4.17"() {
        when:
        def i = host.hostInfo()

        then:
        i.host() == 'h1'
        i.release() == '6.1.0-28-amd64'
        i.machine() == 'x86_64'
        i.nrCpus() == 8
        i.maxCpuId() == 7
        i.nrNodes() == 1
        i.coresPerSocket() * i.threadsPerCore() == 8
        i.cpuKhz() > 2_000_000
        i.hwCaps() ==~ /([0-9a-f]{8}:){7}[0-9a-f]{8}/
        i.virtCaps().split(' ').toList().containsAll(['pv', 'hvm', 'hap'])
        i.totalMemoryMib() == 32768
        i.freeMemoryMib() == 24320
        i.sharingFreedMemoryMib() == 0
        i.outstandingClaimsMib() == 0
        i.freeCpus() == 0
        i.xenMajor() == 4
        i.xenMinor() == 17
        i.xenVersion() == '4.17.7'
        i.xenCaps() == 'xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64'
        i.xenPagesize() == 4096
        i.virtStart() == 0xffff800000000000L
        i.xenCommandline() == 'placeholder dom0_mem=8192M,max:8192M dom0_max_vcpus=4 no-real-mode edd=off'
        i.ccCompiler().contains('Debian')
        i.buildId() ==~ /[0-9a-f]{40}/
        i.nodeOfCpu() == [0] * 8
    }

    def "the same host says the same every time and to every process"() {
        expect:
        host.hostInfo() == host.hostInfo()
        hosts.open('h1').withCloseable { it.hostInfo() } == host.hostInfo()
    }

    def "a host's size shows: pCPUs, memory, nodes, Domain-0"() {
        given:
        def big = newHost('big', new HostSpec(32, 262144, 16384, 8, 2))

        when:
        def i = big.hostInfo()

        then:
        i.nrCpus() == 32
        i.nrNodes() == 2
        i.coresPerSocket() == 8
        i.threadsPerCore() == 2
        i.totalMemoryMib() == 262144
        i.freeMemoryMib() == 262144 - 2048 - 16384
        i.nodeOfCpu() == [0] * 16 + [1] * 16
        big.domain(0).get().onlineVcpus() == 8

        cleanup:
        big.close()
    }

    def "specs a host could not boot with are refused"() {
        when:
        hosts.create('bad', spec)

        then:
        thrown(xsh.error.XshException)
        !hosts.exists('bad')

        where:
        spec << [new HostSpec(0, 4096, 1024, 1), new HostSpec(4, 4096, 1024, 5), new HostSpec(4, 4096, 64, 1),
                 new HostSpec(4, 1024, 1024, 1), new HostSpec(6, 4096, 1024, 1, 4)]
    }
}
