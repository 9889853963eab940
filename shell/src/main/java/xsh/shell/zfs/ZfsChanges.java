package xsh.shell.zfs;

import java.nio.file.Path;
import java.util.List;
import xsh.toolstack.zfs.Zfs;
import xsh.toolstack.zfs.ZfsGet;
import xsh.toolstack.zfs.ZfsList;
import xsh.toolstack.zfs.ZfsReceive;
import xsh.toolstack.zfs.ZfsRequest;
import xsh.toolstack.zfs.ZfsSend;

/**
 * Which zfs command lines change something, for {@code --dry-run}: every one but list, get, a
 * send to stdout and {@code receive -n}. zfs's own parser decides, so that its shorthand
 * ({@code zfs compression=on tank}) and aliases ({@code recv}) count as what they are.
 */
final class ZfsChanges {

    private ZfsChanges() {
    }

    /** Whether {@code zfs ARGV...} (with xsh's {@code --file}, or null) would change a dataset or write a file. */
    static boolean changesState(List<String> argv, Path file) {
        ZfsRequest request;
        try {
            request = Zfs.parse(argv);
        } catch (RuntimeException e) {
            return false; // refused before anything is touched: let it run and say so in zfs's words
        }
        return !(request instanceof ZfsList
                || request instanceof ZfsGet
                || request instanceof ZfsSend && file == null
                || request instanceof ZfsReceive receive && receive.dryRun());
    }
}
