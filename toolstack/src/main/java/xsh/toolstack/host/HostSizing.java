package xsh.toolstack.host;

import java.util.Optional;
import java.util.OptionalInt;
import xsh.cfg.size.MemorySize;
import xsh.error.XshException;
import xsh.hv.HostSpec;

/**
 * The size of a new embedded host from {@code host create}'s options. What is not given
 * comes from {@link HostSpec#DEFAULT}, except that Domain-0 never gets more vCPUs than the
 * host has pCPUs, nor more than a quarter of a host smaller than the default makes room for,
 * so {@code --cpus 2 --memory 4G} alone makes a working host.
 */
public final class HostSizing {

    /** Domain-0 cannot boot in less, as Xen's own {@code dom0_mem} minimum suggests. */
    static final long MIN_DOM0_MIB = 128;
    /** pCPUs an embedded host may have: as many as Xen supports on x86. */
    static final int MAX_CPUS = 4096;

    private HostSizing() {
    }

    /** @throws XshException for sizes Xen could not boot with, exit code 1 */
    public static HostSpec spec(OptionalInt cpus, Optional<MemorySize> memory,
                                Optional<MemorySize> dom0Memory, OptionalInt dom0Vcpus) {
        HostSpec d = HostSpec.DEFAULT;
        int nrCpus = cpus.orElse(d.cpus());
        if (nrCpus < 1 || nrCpus > MAX_CPUS) {
            throw invalid("--cpus must be 1 to " + MAX_CPUS + ", not " + nrCpus);
        }
        long memoryMib = memory.map(m -> wholeMib("--memory", m)).orElse(d.memoryMib());
        long dom0Mib = dom0Memory.map(m -> wholeMib("--dom0-memory", m))
                .orElse(Math.min(d.dom0MemoryMib(), memoryMib / 4));
        if (dom0Mib < MIN_DOM0_MIB) {
            throw invalid("Domain-0 needs at least " + MIN_DOM0_MIB + " MiB, not " + MemorySize.ofMiB(dom0Mib)
                    + (dom0Memory.isEmpty() ? " (a quarter of --memory)" : ""));
        }
        if (dom0Mib >= memoryMib) {
            throw invalid("--dom0-memory (" + MemorySize.ofMiB(dom0Mib) + ") must be less than --memory ("
                    + MemorySize.ofMiB(memoryMib) + ")");
        }
        int vcpus = dom0Vcpus.orElse(Math.min(d.dom0Vcpus(), nrCpus));
        if (vcpus < 1 || vcpus > nrCpus) {
            throw invalid("--dom0-vcpus must be 1 to the host's " + nrCpus + " pCPUs, not " + vcpus);
        }
        return new HostSpec(nrCpus, memoryMib, dom0Mib, vcpus);
    }

    private static long wholeMib(String option, MemorySize size) {
        if (size.kib() % 1024 != 0 || size.kib() <= 0) {
            throw invalid(option + " must be a positive whole number of MiB, not " + size);
        }
        return size.kib() / 1024;
    }

    private static XshException invalid(String message) {
        return new XshException("host create: " + message, 1);
    }
}
