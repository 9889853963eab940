package xsh.toolstack.checkpoint;

import java.time.Instant;
import java.util.Optional;

/**
 * The xsh process taking a checkpoint: its pid and when it started, since a pid alone is
 * reused. Another xsh recovers a checkpoint only when its owner is gone, never one that a
 * live process is still taking.
 *
 * @param startMillis the process's start time, epoch milliseconds; 0 when the system does not tell
 */
public record ProcessOwner(long pid, long startMillis) {

    /** This process. */
    public static ProcessOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessOwner(self.pid(), startOf(self));
    }

    /** Whether the process still runs: the same pid, started at the same time. */
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        long start = startOf(handle.get());
        return start == 0 || startMillis == 0 || start == startMillis;
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
