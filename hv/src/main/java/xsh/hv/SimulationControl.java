package xsh.hv;

/**
 * What only a simulated host can do: make a guest crash, trip its watchdog or shut itself
 * down, as a real guest would on its own ({@code host inject}).
 */
public interface SimulationControl {

    void inject(int domid, GuestEvent event);

    /**
     * How busy the guest is, 0..1: the share of its online vcpus' time it uses, which is how
     * fast its cpu time grows and how often {@code xl list} finds it running rather than
     * blocked. Each guest starts with a load fixed by its uuid.
     */
    void setLoad(int domid, double load);

    /** How fast the guest's workload dirties its memory while it runs, in bytes per second. */
    void setDirtyRate(int domid, long bytesPerSecond);
}
