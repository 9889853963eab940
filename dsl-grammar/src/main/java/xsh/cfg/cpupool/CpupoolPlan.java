package xsh.cfg.cpupool;

import java.util.BitSet;
import java.util.List;

/**
 * The pool xl would create: its name, scheduler and CPUs. {@code cpuCount} is what xl
 * prints, which for a {@code cpus=[...]} list counts repeated numbers twice.
 */
public record CpupoolPlan(String source, String name, Scheduler scheduler, BitSet cpus, int cpuCount) {

    public CpupoolPlan {
        cpus = (BitSet) cpus.clone();
    }

    @Override
    public BitSet cpus() {
        return (BitSet) cpus.clone();
    }

    /** What xl cpupool-create prints on stdout before creating (and with {@code -n} instead). */
    public List<String> xlLines() {
        return List.of(
                "Using config file \"" + source + "\"",
                "cpupool name:   " + name,
                "scheduler:      " + scheduler.libxlName(),
                "number of cpus: " + cpuCount);
    }
}
