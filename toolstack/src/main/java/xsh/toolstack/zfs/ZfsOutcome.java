package xsh.toolstack.zfs;

import java.util.List;
import java.util.Optional;

/**
 * What a zfs command did: the table it prints (list, get), the lines it prints on stderr
 * (a {@code cannot open} for each dataset it could not show, a notice), and its exit code.
 */
public record ZfsOutcome(Optional<ZfsTable> table, List<String> errors, int exitCode) {

    public ZfsOutcome {
        errors = List.copyOf(errors);
    }

    /** A command that did what it was asked and prints nothing. */
    public static ZfsOutcome done() {
        return new ZfsOutcome(Optional.empty(), List.of(), 0);
    }
}
