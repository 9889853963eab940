package xsh.hv.sim.host;

import xsh.hv.HostSpec;

/** The memory Xen keeps for itself, which no domain can have. */
public final class HostMemory {

    private HostMemory() {
    }

    /**
     * Xen's frame table takes 32 bytes per 4 KiB page, 1/128 of the memory; the rest of its
     * heap is small beside it. So a 32 GiB host has about 32512 MiB for domains.
     */
    public static long xenReservedKib(HostSpec spec) {
        return spec.memoryMib() * 1024 / 128;
    }

    /** What domains can share: total memory less Xen's own. */
    public static long domainCapacityKib(HostSpec spec) {
        return spec.memoryMib() * 1024 - xenReservedKib(spec);
    }
}
