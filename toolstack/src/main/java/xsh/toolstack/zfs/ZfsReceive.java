package xsh.toolstack.zfs;

import java.util.List;
import xsh.error.XshException;
import xsh.hv.storage.Storage;

/**
 * {@code zfs receive [-vnFu] dataset|snapshot}: makes the dataset from a stream {@code zfs
 * send} wrote; -F rolls it back or replaces it first. -n receives nothing; -v and -u change
 * nothing here; -d and -e are not supported.
 */
public record ZfsReceive(String target, boolean force, boolean dryRun) implements ZfsRequest {

    static final String COMMAND = "receive";

    public static ZfsReceive parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, ":denuvF", COMMAND);
        for (char unsupported : new char[] {'d', 'e'}) {
            if (parsed.has(unsupported)) {
                throw new XshException("xsh: zfs receive -" + unsupported + " is not supported", 1);
            }
        }
        Zfs.requireOperands(parsed.operands(), 1, 1, "missing snapshot argument", COMMAND);
        return new ZfsReceive(parsed.operands().get(0), parsed.has('F'), parsed.has('n'));
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        if (!dryRun) {
            storage.receive(target, streams.input(), force);
        }
        return ZfsOutcome.done();
    }
}
