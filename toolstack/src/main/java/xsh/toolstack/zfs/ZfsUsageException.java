package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.List;
import xsh.error.MultiLineException;

/**
 * A zfs command line zfs refuses before doing anything: zfs's line saying why (none when zfs
 * prints only the usage), then the usage of the command, on stderr, exit code 2.
 */
public class ZfsUsageException extends MultiLineException {

    private final String reason;
    private final String command;

    /** @param command the zfs command whose usage follows, or {@code null} for the whole table */
    public ZfsUsageException(String reason, String command) {
        super(lines(reason, command), 2);
        this.reason = reason;
        this.command = command;
    }

    /** zfs's line saying what is wrong, or {@code null}. */
    public String reason() {
        return reason;
    }

    /** The command whose usage follows, or {@code null} for zfs's whole command table. */
    public String command() {
        return command;
    }

    private static List<String> lines(String reason, String command) {
        List<String> lines = new ArrayList<>();
        if (reason != null) {
            lines.add(reason);
        }
        String usage = command == null ? ZfsUsage.full() : ZfsUsage.of(command);
        lines.addAll(List.of(usage.substring(0, usage.length() - 1).split("\n", -1)));
        return lines;
    }
}
