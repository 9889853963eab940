package xsh.cfg.domain;

import java.util.OptionalLong;

/**
 * {@code memory} and {@code maxmem} in MiB as written, and the sizes the guest really gets.
 * xl passes {@code memory} as the target and {@code maxmem} (else the target) as the
 * maximum; libxl then fills what is still unset: a maximum of 32 MiB, and a target equal to
 * the maximum. xl does not reject {@code maxmem < memory}; an HVM guest with
 * {@code memory < maxmem} starts in populate-on-demand mode.
 */
public record MemorySettings(OptionalLong memoryMib, OptionalLong maxmemMib) {

    /** libxl's maximum when neither key is given. */
    public static final long LIBXL_DEFAULT_MIB = 32;

    public static MemorySettings unset() {
        return new MemorySettings(OptionalLong.empty(), OptionalLong.empty());
    }

    /** The maximum the guest may balloon up to. */
    public long maxMib() {
        if (maxmemMib.isPresent()) {
            return maxmemMib.getAsLong();
        }
        return memoryMib.orElse(LIBXL_DEFAULT_MIB);
    }

    /** The memory the guest starts with. */
    public long targetMib() {
        return memoryMib.orElse(maxMib());
    }

    /** True when an HVM guest would boot with populate-on-demand (target below maximum). */
    public boolean populateOnDemand(DomainType type) {
        return type == DomainType.HVM && targetMib() < maxMib();
    }
}
