package xsh.toolstack.vcpu;

import java.util.List;
import xsh.hv.VcpuInfo;

/** One domain's rows of {@code vcpu-list}: every vcpu up to its maximum, online or not. */
public record DomainVcpus(int domid, String name, List<VcpuInfo> vcpus) {

    public DomainVcpus {
        vcpus = List.copyOf(vcpus);
    }
}
