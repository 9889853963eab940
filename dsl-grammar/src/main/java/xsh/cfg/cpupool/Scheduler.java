package xsh.cfg.cpupool;

import java.util.Arrays;
import java.util.Optional;

/**
 * libxl's scheduler enum. {@code sched=} is read with libxl's enum parser, which ignores case
 * and also accepts the placeholder {@code unknown} and the removed {@code sedf}; xl takes
 * those at parse time and only the hypervisor refuses them when the pool is created.
 */
public enum Scheduler {
    UNKNOWN("unknown"),
    SEDF("sedf"),
    CREDIT("credit"),
    CREDIT2("credit2"),
    ARINC653("arinc653"),
    RTDS("rtds"),
    NULL("null");

    private final String libxlName;

    Scheduler(String libxlName) {
        this.libxlName = libxlName;
    }

    /** The name xl prints, e.g. {@code credit2}. */
    public String libxlName() {
        return libxlName;
    }

    /** True for the schedulers Xen 4.17 can run a pool with. */
    public boolean isAvailable() {
        return this != UNKNOWN && this != SEDF;
    }

    public static Optional<Scheduler> fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.libxlName.equalsIgnoreCase(name)).findFirst();
    }
}
