package xsh.toolstack.migrate;

/**
 * What the sender asks of the receiver, as {@code xl migrate-receive}'s flags carry it.
 *
 * @param paused    {@code -p}: leave the migrated domain paused
 * @param monitored without {@code -e}: the receiver becomes the domain's monitor
 * @param debug     {@code -d} (the sender's {@code --debug}): the stream carries debug checks
 */
public record ReceiverFlags(boolean paused, boolean monitored, boolean debug) {

    public static final ReceiverFlags DEFAULT = new ReceiverFlags(false, true, false);
}
