package xsh.hv;

/**
 * The size of a new embedded host ({@code host create}); the defaults are those of the
 * FreeBSD Handbook's Dom0 ({@code dom0_mem=8192M dom0_max_vcpus=4}) on an 8-pCPU, 32 GiB box.
 */
public record HostSpec(int cpus, long memoryMib, long dom0MemoryMib, int dom0Vcpus) {

    public static final HostSpec DEFAULT = new HostSpec(8, 32 * 1024, 8192, 4);
}
