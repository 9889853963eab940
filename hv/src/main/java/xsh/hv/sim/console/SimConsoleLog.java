package xsh.hv.sim.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.hv.ConsoleLog;

/**
 * A simulated guest's console. The guest's own output is computed from what it is (name,
 * type, kernel) and how long it has run: a boot banner, Linux-like or FreeBSD-like kernel
 * lines over the first seconds, services starting, then {@code NAME login: }. The host
 * records events (shutdown, crash, suspend…), which the guest would print about itself, in
 * {@code console.events} in the domain's directory, so every process sees them.
 *
 * <p>Lines are only ever added at the end, so {@link #linesAfter} follows the console, as
 * long as the host records events at the current running time. The host gives the running
 * time ({@link #advanceTo}); the console never reads a clock.
 */
public final class SimConsoleLog implements ConsoleLog {

    private final ConsoleGuest guest;
    private final ConsoleEventFile events;
    private long runningNanos;

    private SimConsoleLog(ConsoleGuest guest, ConsoleEventFile events) {
        this.guest = guest;
        this.events = events;
    }

    /** The console of {@code guest}, whose events are kept in {@code directory}; at running time 0. */
    public static SimConsoleLog open(Path directory, ConsoleGuest guest) {
        return new SimConsoleLog(guest, new ConsoleEventFile(directory));
    }

    /** The guest has now run {@code runningNanos} in total; an earlier time than already given means the latest. */
    public SimConsoleLog advanceTo(long runningNanos) {
        if (runningNanos < 0) {
            throw new IllegalArgumentException("running time is never negative: " + runningNanos);
        }
        this.runningNanos = Math.max(this.runningNanos, runningNanos);
        return this;
    }

    /** Which system the guest boots, as its lines show. */
    public GuestOs os() {
        return GuestOs.of(guest);
    }

    /** Appends what the guest prints when {@code event} happens to it at {@code runningNanos}. */
    public void record(ConsoleEvent event, long runningNanos) {
        List<ConsoleEventFile.Entry> entries = events.read();
        long at = appendTime(entries, runningNanos);
        ConsoleTimeline timeline = new ConsoleTimeline(guest, entries);
        List<String> lines = EventLines.of(event, timeline.os(), at - timeline.kernelStartAt(at));
        events.append(new ConsoleEventFile.Entry(at, Optional.of(event), lines));
    }

    /** Appends a line of the host's own (tabs and line breaks become spaces) at {@code runningNanos}. */
    public void append(String line, long runningNanos) {
        long at = appendTime(events.read(), runningNanos);
        events.append(new ConsoleEventFile.Entry(at, Optional.empty(), List.of(line)));
    }

    /**
     * Appends lines the guest's kernel prints at {@code runningNanos} (an NMI, a SysRq key):
     * with printk's timestamp on Linux, as they are on FreeBSD.
     */
    public void appendKernel(List<String> texts, long runningNanos) {
        List<ConsoleEventFile.Entry> entries = events.read();
        long at = appendTime(entries, runningNanos);
        ConsoleTimeline timeline = new ConsoleTimeline(guest, entries);
        String prefix = timeline.os() == GuestOs.LINUX ? LinuxTimestamp.of(at - timeline.kernelStartAt(at)) : "";
        events.append(new ConsoleEventFile.Entry(at, Optional.empty(), texts.stream().map(t -> prefix + t).toList()));
    }

    /** Removes the recorded events; the guest's own lines are computed, never stored. */
    public void delete() {
        events.delete();
    }

    @Override
    public List<String> lines() {
        return new ConsoleTimeline(guest, events.read()).lines(runningNanos);
    }

    @Override
    public List<String> linesAfter(int seen) {
        List<String> lines = lines();
        return seen >= lines.size() ? List.of() : List.copyOf(lines.subList(Math.max(0, seen), lines.size()));
    }

    /** Never before an event already recorded: lines are only added at the end. */
    private long appendTime(List<ConsoleEventFile.Entry> entries, long runningNanos) {
        advanceTo(runningNanos);
        long last = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).atNanos();
        return Math.max(this.runningNanos, last);
    }
}
