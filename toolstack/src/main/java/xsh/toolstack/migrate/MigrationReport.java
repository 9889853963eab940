package xsh.toolstack.migrate;

import java.util.List;

/**
 * What a migration did, for its last line and {@code --json}.
 *
 * @param rounds       memory rounds sent: the pre-copy rounds and the stop-and-copy
 * @param bytes        bytes sent to the receiver in all (stream, storage, handshake)
 * @param storageBytes of those, the disks' replication streams
 * @param totalMs      from the link's banner to the receiver's report of success
 * @param downtimeMs   from the guest's suspend at the source to its start at the target
 * @param perRound     each round, in order
 * @param targetDomid  -1: xl's handshake does not tell the sender the domid its copy got at the target
 *
 * <p>A real Dom0's {@code xl migrate} tells none of the rounds, bytes and downtime: they are
 * {@link #UNKNOWN}, and {@code perRound} is empty.
 */
public record MigrationReport(String domain, String target, int sourceDomid, int targetDomid, int rounds,
                              long bytes, long storageBytes, long totalMs, long downtimeMs, List<Round> perRound) {

    /** A number the migration did not tell. */
    public static final int UNKNOWN = -1;

    /**
     * One memory round.
     *
     * @param pages       the pages it sent
     * @param ms          how long sending them took
     * @param dirtyPages  the pages the guest dirtied meanwhile, which the next round sends
     * @param stopAndCopy whether the guest was suspended for it
     */
    public record Round(int number, long pages, long bytes, long ms, long dirtyPages, boolean stopAndCopy) {
    }
}
