package xsh.hv.sim.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A console's lines in the order the guest writes them: its boot transcript up to the
 * running time, the host's events at theirs, a boot cut short by an event that stops it,
 * and a new boot after a soft reset.
 */
final class ConsoleTimeline {

    /** From a kexec to the new kernel's first line. */
    static final long REBOOT_DELAY_NANOS = 500_000_000L;

    private final ConsoleGuest guest;
    private final GuestOs os;
    private final List<ConsoleEventFile.Entry> entries;

    ConsoleTimeline(ConsoleGuest guest, List<ConsoleEventFile.Entry> entries) {
        this.guest = guest;
        this.os = GuestOs.of(guest);
        this.entries = entries;
    }

    GuestOs os() {
        return os;
    }

    /** Every line written up to {@code nowNanos} of running. */
    List<String> lines(long nowNanos) {
        List<String> lines = new ArrayList<>();
        int boots = 0;
        Boot boot = new Boot(boot(0, boots));
        for (ConsoleEventFile.Entry entry : entries) {
            boot.emitUntil(Math.min(entry.atNanos(), nowNanos), lines);
            lines.addAll(entry.lines());
            if (entry.event().map(ConsoleEvent::endsBoot).orElse(false)) {
                boot.stop();
            }
            if (entry.event().map(ConsoleEvent::startsBoot).orElse(false)) {
                boot = new Boot(boot(entry.atNanos() + REBOOT_DELAY_NANOS, ++boots));
            }
        }
        boot.emitUntil(nowNanos, lines);
        return lines;
    }

    /** When the kernel of the boot running at {@code nanos} started, for the timestamps of an event then. */
    long kernelStartAt(long nanos) {
        long start = 0;
        int boots = 0;
        for (ConsoleEventFile.Entry entry : entries) {
            if (entry.atNanos() > nanos) {
                break;
            }
            if (entry.event().map(ConsoleEvent::startsBoot).orElse(false)) {
                start = entry.atNanos() + REBOOT_DELAY_NANOS;
                boots++;
            }
        }
        return start(start, boots).kernelStartNanos();
    }

    private List<TimedLine> boot(long startNanos, int bootNumber) {
        return start(startNanos, bootNumber).lines();
    }

    private Transcript start(long startNanos, int bootNumber) {
        // String's hash is specified, an enum's is not: hash the type by its name
        long seed = Objects.hash(guest.name(), guest.type().xlName(), guest.kernel().orElse(""), bootNumber);
        Transcript transcript = new Transcript(startNanos, seed);
        if (os == GuestOs.LINUX) {
            LinuxBoot.write(guest, transcript);
        } else {
            FreeBsdBoot.write(guest, transcript);
        }
        return transcript;
    }

    /** A boot transcript being written out. */
    private static final class Boot {
        private final List<TimedLine> transcript;
        private int next;
        private boolean stopped;

        Boot(List<TimedLine> transcript) {
            this.transcript = transcript;
        }

        void emitUntil(long nanos, List<String> into) {
            while (!stopped && next < transcript.size() && transcript.get(next).atNanos() <= nanos) {
                into.add(transcript.get(next++).text());
            }
        }

        void stop() {
            stopped = true;
        }
    }
}
