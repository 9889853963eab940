package xsh.hv.command;

import java.util.List;

/**
 * A program that ran to its end: its argument vector (as the caller gave it, not the ssh
 * command line it may have run in), its exit code, and what it printed.
 */
public record Completed(List<String> argv, int exitCode, String stdout, String stderr) {

    public Completed {
        argv = List.copyOf(argv);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }
}
