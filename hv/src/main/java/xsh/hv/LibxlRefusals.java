package xsh.hv;

/**
 * libxl's refusals that both a host and the toolstack word: the toolstack tells some of them
 * before it asks the host (a name it can see is taken, a size libxl would read as a huge
 * unsigned number), and must say them as libxl would, at the same {@link LogSite}.
 */
public final class LibxlRefusals {

    private static final LogSite NAME_TAKEN = LogSite.libxlDomain("libxl_domain.c", 81, "libxl__domain_rename");
    private static final LogSite TARGET_ABOVE_MAX = LogSite.libxlDomain("libxl_mem.c", 278, "libxl_set_memory_target");

    private LibxlRefusals() {
    }

    /** libxl__domain_rename's refusal of a name another domain has. */
    public static HvException nameTaken(HvError error, String name) {
        return new HvException(error, NAME_TAKEN, "Domain with name \"" + name + "\" already exists.");
    }

    /** libxl_set_memory_target's refusal of a target above the static maximum. */
    public static HvException targetAboveMax() {
        return new HvException(HvError.INVAL, TARGET_ABOVE_MAX,
                "memory_dynamic_max must be less than or equal to memory_static_max");
    }
}
