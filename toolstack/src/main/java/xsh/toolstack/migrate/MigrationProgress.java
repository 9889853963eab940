package xsh.toolstack.migrate;

/**
 * How far a migration is, as it goes, for a face to draw a progress bar. Called on the
 * migrating thread, often; the face decides how often to draw.
 */
@FunctionalInterface
public interface MigrationProgress {

    MigrationProgress NONE = status -> { };

    enum Phase {
        /** {@code --with-storage}: the disks' datasets, while the guest runs. */
        STORAGE,
        /** A live pre-copy round: the guest runs and dirties pages meanwhile. */
        PRECOPY,
        /** The guest suspended: the last dirty pages (and the disks' last changes). */
        STOP_AND_COPY,
        /** The handshake: the receiver takes over. */
        HANDSHAKE
    }

    /**
     * @param round          1 for the round of every page, then 2, 3…; the stop-and-copy is the last
     * @param roundDone      bytes of this round sent
     * @param roundTotal     bytes this round sends
     * @param bytesSent      everything sent so far (memory, and storage with {@code --with-storage})
     * @param bytesPerSecond the rate of sending, over the round so far
     * @param dirtyBytesPerSecond how fast the guest dirtied memory during the previous round (0 in the first)
     */
    record Status(Phase phase, int round, long roundDone, long roundTotal, long bytesSent, double bytesPerSecond,
                  double dirtyBytesPerSecond) {
    }

    void update(Status status);
}
