package xsh.hv.sim.domains;

import java.util.UUID;

/**
 * Deterministic chance for what a real host shows by accident of timing: whether a vcpu is
 * on a pCPU at the moment of looking, and which pCPU. The same domain looked at within the
 * same second looks the same, in any process; over many seconds a guest is seen running for
 * about its load's share of them.
 */
public final class Observation {

    /** How long one look lasts: within it, flags do not flicker. */
    public static final long BUCKET_NS = 1_000_000_000L;

    private Observation() {
    }

    /** A uniform number in [0, 1_000_000) for this uuid, salt and moment. */
    public static int draw(UUID uuid, long salt, long now) {
        long bucket = Math.floorDiv(now, BUCKET_NS);
        long h = mix(uuid.getMostSignificantBits() ^ mix(uuid.getLeastSignificantBits() ^ mix(salt ^ mix(bucket))));
        return (int) Math.floorMod(h, 1_000_000L);
    }

    /** Whether the guest (or one of its vcpus, by salt) is running now rather than blocked. */
    public static boolean running(UUID uuid, long salt, long now, int loadPpm) {
        return draw(uuid, salt, now) < loadPpm;
    }

    /** A load between 5% and 60%, fixed by the uuid: most guests idle, some busy. */
    public static int defaultLoadPpm(UUID uuid) {
        long h = mix(uuid.getMostSignificantBits() ^ mix(uuid.getLeastSignificantBits()));
        return 50_000 + (int) Math.floorMod(h, 550_000L);
    }

    /** A seed for the guest's memory contents, fixed by the uuid. */
    public static long seed(UUID uuid) {
        return mix(uuid.getMostSignificantBits() + 31 * uuid.getLeastSignificantBits());
    }

    /** SplitMix64's finaliser: a cheap, well-spread hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
