package xsh.toolstack.fake

import xsh.cfg.cpupool.Scheduler
import xsh.error.XshException
import xsh.hv.HostInfo
import xsh.hv.HostProvider
import xsh.hv.HostSpec
import xsh.hv.Hypervisor

/** A {@link HostProvider} of {@link FakeHypervisor}s, and the {@code xl info} of a typical host. */
class FakeHosts implements HostProvider {

    final Map<String, FakeHypervisor> hosts = [:]
    final Map<String, HostSpec> specs = [:]

    /** A Debian 4.17 host with the default embedded host's size. */
    static HostInfo info(int cpus = 8, long memoryMib = 32768, long freeMib = 24064) {
        new HostInfo('xsh-default', '6.1.0-28-amd64', '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)',
                'x86_64', cpus, cpus - 1, 1, cpus.intdiv(2) ?: 1, cpus > 1 ? 2 : 1, 2394558L,
                '178bfbff:f6d8320b:2c100800:000007ab:0000000f:009c27ab:00000000:00000100',
                'pv hvm hvm_directio pv_directio hap shadow',
                memoryMib, freeMib, 0, 0, 0, 0,
                4, 17, '.7', 'xen-3.0-x86_64 hvm-3.0-x86_32 hvm-3.0-x86_32p hvm-3.0-x86_64',
                Scheduler.CREDIT2, 4096, 0xffff800000000000L, '', 'dom0_mem=8192M dom0_max_vcpus=4',
                'x86_64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0', 'pkg-xen-devel', 'lists.alioth.debian.org',
                'Tue Jan 14 10:00:00 UTC 2026', '4e5c1a0b2d3f4e5a6b7c8d9e0f1a2b3c4d5e6f70',
                [0] * cpus)
    }

    @Override
    Hypervisor open(String name) {
        hosts.computeIfAbsent(name) { new FakeHypervisor(hostName: name) }
    }

    @Override
    Hypervisor create(String name, HostSpec spec) {
        if (hosts.containsKey(name)) {
            throw new XshException("host '$name' already exists", 1)
        }
        specs[name] = spec
        hosts[name] = new FakeHypervisor(hostName: name,
                hostInfo: info(spec.cpus(), spec.memoryMib(), spec.memoryMib() - spec.dom0MemoryMib()))
    }

    @Override
    List<String> names() {
        hosts.keySet().sort()
    }
}
