package xsh.cfg.domain;

import java.util.OptionalLong;

/**
 * {@code vcpus} (online at boot) and {@code maxvcpus} (the most the guest can ever have) as
 * written, and the counts the guest really gets. xl sets the maximum to {@code maxvcpus},
 * and where that is absent or 0 to {@code vcpus}; libxl then turns a maximum of 0 into 1 and
 * an unset online map into vCPU 0 alone. A maximum below {@code vcpus} is xl's fatal
 * {@code xl: maxvcpus < vcpus}, checked by the reader.
 */
public record VcpuSettings(OptionalLong vcpus, OptionalLong maxvcpus) {

    public static VcpuSettings unset() {
        return new VcpuSettings(OptionalLong.empty(), OptionalLong.empty());
    }

    /** The maximum xl hands to libxl: 0 means "not set", which libxl reads as 1. */
    public long xlMaxVcpus() {
        long max = (int) maxvcpus.orElse(0);
        return max != 0 ? max : vcpus.orElse(0);
    }

    /** vCPUs online when the guest starts. */
    public long online() {
        return vcpus.orElse(1);
    }

    /** The most vCPUs the guest can have. */
    public long max() {
        long max = xlMaxVcpus();
        return max != 0 ? max : 1;
    }
}
