package xsh.toolstack.migrate;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The two pipes to a migration receiver, as xl's {@code sh -c RUNE} child gives them: what
 * the sender writes reaches the receiver's stdin, the receiver's stdout comes back. Made by
 * the shell (an ssh command, or a local xsh for another embedded host); an in-process pair
 * in the specs.
 */
public interface MigrationLink extends AutoCloseable {

    /** The receiver's stdout: its banner and its handshake messages. */
    InputStream fromReceiver();

    /** The receiver's stdin: the save header, the stream and the sender's handshake messages. */
    OutputStream toReceiver();

    /** The command that started the receiver, as xl names it in {@code (command run was: RUNE )}. */
    String command();

    /**
     * Breaks the link at once (kills the receiver's command): for Ctrl-C and for a failure
     * after which the receiver must notice that the sender has gone.
     */
    void cut();

    /**
     * How to reach the target when this link has failed, to settle a migration that broke
     * after the receiver was cleared to start (see {@link TargetProbe}); empty when there is
     * none, and then the source is left suspended as xl leaves it ({@code Domain state is
     * now undefined}).
     */
    default Optional<TargetProbe> probe() {
        return Optional.empty();
    }

    /** Closes the pipes and waits (briefly) for the receiver's command to end. */
    @Override
    void close();
}
