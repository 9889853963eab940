package xsh.toolstack.zfs;

import java.util.List;
import xsh.error.XshException;

/**
 * zfs's command line: {@code zfs COMMAND ARGS...} to a {@link ZfsRequest}, refusing what zfs
 * refuses with zfs's words and usage (exit code 2) before any dataset is touched.
 */
public final class Zfs {

    private Zfs() {
    }

    /** Parses {@code argv} (the words after {@code zfs}). */
    public static ZfsRequest parse(List<String> argv) {
        if (argv.isEmpty()) {
            throw new ZfsUsageException("missing command", null);
        }
        String name = switch (argv.get(0)) {
            case "recv" -> "receive";
            case "umount" -> "unmount";
            default -> argv.get(0);
        };
        List<String> args = argv.subList(1, argv.size());
        return switch (name) {
            case "list" -> ZfsList.parse(args);
            case "get" -> ZfsGet.parse(args);
            case "set" -> ZfsSet.parse(args);
            case "create" -> ZfsCreate.parse(args);
            case "destroy" -> ZfsDestroy.parse(args);
            case "snapshot" -> ZfsSnapshot.parse(args);
            case "rollback" -> ZfsRollback.parse(args);
            case "clone" -> ZfsClone.parse(args);
            case "rename" -> ZfsRename.parse(args);
            case "send" -> ZfsSend.parse(args);
            case "receive" -> ZfsReceive.parse(args);
            default -> other(name, argv);
        };
    }

    private static ZfsRequest other(String name, List<String> argv) {
        if (ZfsUsage.isCommand(name)) {
            throw new XshException("xsh: zfs " + name + " is not supported", 1);
        }
        if (name.indexOf('=') >= 0) {
            return ZfsSet.parse(argv); // zfs's shorthand: zfs prop=value dataset...
        }
        throw new ZfsUsageException("unrecognized command '" + name + "'", null);
    }

    /** zfs's count checks: the line when too few or too many operands are given. */
    static void requireOperands(List<String> operands, int min, int max, String missing, String command) {
        if (operands.size() < min) {
            throw new ZfsUsageException(missing, command);
        }
        if (operands.size() > max) {
            throw new ZfsUsageException("too many arguments", command);
        }
    }
}
