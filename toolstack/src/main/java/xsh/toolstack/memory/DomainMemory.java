package xsh.toolstack.memory;

import java.util.List;
import java.util.function.Supplier;
import xsh.cfg.size.MemorySize;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.LibxlRefusals;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.domain.LibxlLines;

/**
 * {@code mem-set DOMAIN SIZE} and {@code mem-max DOMAIN SIZE}. A bare number is MiB, a suffix
 * {@code b k m g t} another binary unit. Under xl the size is read with xl's quirks
 * ({@link MemorySize#parseXl}: overflow wraps, a minus sign is taken); xsh's own commands read
 * it strictly ({@link MemorySize#parse}) and refuse a negative or too large size before the
 * host is asked. A refusal is libxl's line and then xl's {@code cannot set domid N ...}.
 */
public final class DomainMemory {

    /** libxl compares a target with the maximum as unsigned numbers: a negative one is above any maximum. */
    private static final Supplier<HvException> TARGET_ABOVE_MAX = LibxlRefusals::targetAboveMax;
    /** A negative maximum is a huge unsigned one to libxl; xsh refuses it rather than set it. */
    private static final Supplier<HvException> MAX_OUT_OF_RANGE =
            () -> new HvException(HvError.INVAL, "memory_static_max out of range");

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible read sizes as xl does, quirks and all */
    public DomainMemory(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /** mem-set: the balloon target, which the guest reaches within seconds. */
    public MemoryChange setTarget(String domain, String size) {
        return set(domain, size, hv::setMemoryTarget, TARGET_ABOVE_MAX, "dynamic max");
    }

    /** mem-max: the static maximum, not below the current target. */
    public MemoryChange setMax(String domain, String size) {
        return set(domain, size, hv::setMaxMemory, MAX_OUT_OF_RANGE, "static max");
    }

    /** One of the host's memory settings of a domain, in KiB. */
    @FunctionalInterface
    private interface KibSetting {
        void set(int domid, long kib);
    }

    /**
     * Sets the domain's setting to the size.
     *
     * @param negative libxl's refusal of a negative size
     * @param which    the setting's name in xl's refusal line
     */
    private MemoryChange set(String domain, String size, KibSetting setting, Supplier<HvException> negative,
                             String which) {
        int domid = DomainResolver.resolve(hv, domain);
        long kib = kib(size);
        try {
            if (kib < 0) {
                throw negative.get();
            }
            setting.set(domid, kib);
        } catch (HvException e) {
            throw refused(domid, e, "cannot set domid " + Domids.text(domid) + " " + which + " memory to : " + size);
        }
        return new MemoryChange(domid, kib);
    }

    private long kib(String size) {
        if (xlCompatible) {
            return MemorySize.parseXl(size).kib();
        }
        if (size.strip().startsWith("-")) {
            throw new XshException("invalid memory size: " + size + " (a size cannot be negative)", 1);
        }
        return MemorySize.parse(size).kib();
    }

    private MultiLineException refused(int domid, HvException e, String xlLine) {
        return new MultiLineException(List.of(LibxlLines.forDomain(domid, e, xlCompatible), xlLine), 1, e);
    }
}
