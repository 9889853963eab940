package xsh.hv.sim.guest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import xsh.hv.ConsoleLog;
import xsh.hv.GuestMemory;
import xsh.hv.ShutdownReason;
import xsh.hv.sim.console.ConsoleEvent;
import xsh.hv.sim.console.ConsoleGuest;
import xsh.hv.sim.console.SimConsoleLog;
import xsh.hv.sim.memory.SimGuestMemory;

/**
 * The one place that knows how a guest's memory image and console are kept
 * ({@code xsh.hv.sim.memory}, {@code xsh.hv.sim.console}): each domain has a directory of its
 * own under the host's {@code domains/}, named by its instance number.
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
        SimGuestMemory.create(directoryOf(instance), sizeBytes, seed, dirtyBytesPerSecond);
    }

    /** The guest's memory, brought up to {@code runningNanos} of running. */
    public GuestMemory memory(long instance, long runningNanos) {
        SimGuestMemory memory = SimGuestMemory.open(directoryOf(instance));
        memory.advanceTo(runningNanos);
        return memory;
    }

    /** Replaces the guest's memory with zeros: a migration's receiver fills it page by page. */
    public void zeroMemory(long instance) {
        SimGuestMemory.open(directoryOf(instance)).replaceWithZeros();
    }

    public void setDirtyRate(long instance, long bytesPerSecond, long runningNanos) {
        SimGuestMemory.open(directoryOf(instance)).setDirtyRate(bytesPerSecond, runningNanos);
    }

    /** The console as {@code guest} has written it after running {@code runningNanos}. */
    public ConsoleLog console(long instance, ConsoleGuest guest, long runningNanos) {
        return SimConsoleLog.open(directoryOf(instance), guest).advanceTo(runningNanos);
    }

    /** The guest stopped for {@code reason} after running {@code runningNanos}: its console says so. */
    public void stopped(long instance, ConsoleGuest guest, ShutdownReason reason, long runningNanos) {
        SimConsoleLog.open(directoryOf(instance), guest).record(ConsoleEvent.of(reason), runningNanos);
    }

    /** The guest runs again after a suspend. */
    public void resumed(long instance, ConsoleGuest guest, long runningNanos) {
        SimConsoleLog.open(directoryOf(instance), guest).record(ConsoleEvent.RESUME, runningNanos);
    }

    /** The guest's kernel prints {@code lines} after running {@code runningNanos}. */
    public void kernelLines(long instance, ConsoleGuest guest, java.util.List<String> lines, long runningNanos) {
        SimConsoleLog.open(directoryOf(instance), guest).appendKernel(lines, runningNanos);
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
