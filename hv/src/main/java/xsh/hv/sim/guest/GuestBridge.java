package xsh.hv.sim.guest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import xsh.hv.ConsoleLog;
import xsh.hv.GuestMemory;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.ShutdownReason;

/**
 * The one place that knows how a guest's memory image and console are kept
 * ({@code xsh.hv.sim.memory}, {@code xsh.hv.sim.console}): each domain has a directory of its
 * own under the host's {@code domains/}, named by its instance number.
 *
 * <p>Until those packages are merged, memory is not available and the console is empty;
 * only this class changes when they arrive.
 */
public final class GuestBridge {

    private final Path guestsDir;

    public GuestBridge(Path guestsDir) {
        this.guestsDir = guestsDir;
    }

    public Path directoryOf(long instance) {
        return guestsDir.resolve(Long.toString(instance));
    }

    /** Makes the guest's memory image: {@code sizeBytes} of memory whose contents follow from {@code seed}. */
    public void create(long instance, long sizeBytes, long seed, long dirtyBytesPerSecond) {
        try {
            Files.createDirectories(directoryOf(instance));
        } catch (IOException e) {
            throw new HvException(HvError.FAIL, "cannot make the guest's directory " + directoryOf(instance) + ": " + e.getMessage());
        }
    }

    /** The guest's memory, brought up to {@code runningNanos} of running. */
    public GuestMemory memory(long instance, long runningNanos) {
        throw new HvException(HvError.FAIL, "guest memory is not available in this build");
    }

    public void setDirtyRate(long instance, long bytesPerSecond, long runningNanos) {
        // nothing to tell until guest memory exists
    }

    /** The console as {@code guest} has written it after running {@code runningNanos}. */
    public ConsoleLog console(long instance, GuestIdentity guest, long runningNanos) {
        return new ConsoleLog() {
            @Override
            public List<String> lines() {
                return List.of();
            }

            @Override
            public List<String> linesAfter(int seen) {
                return List.of();
            }
        };
    }

    /** The guest stopped for {@code reason} after running {@code runningNanos}: its console says so. */
    public void stopped(long instance, GuestIdentity guest, ShutdownReason reason, long runningNanos) {
        // the console records it once xsh.hv.sim.console is merged
    }

    /** The guest runs again after a suspend. */
    public void resumed(long instance, GuestIdentity guest, long runningNanos) {
        // the console records it once xsh.hv.sim.console is merged
    }

    /** Removes the guest's files; called once its destruction is committed. */
    public void delete(long instance) {
        Path dir = directoryOf(instance);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover directory of a destroyed domain is harmless: instance numbers are never reused
        }
    }
}
