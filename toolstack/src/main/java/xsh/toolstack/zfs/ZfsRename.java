package xsh.toolstack.zfs;

import java.util.List;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/**
 * {@code zfs rename [-p] old new}, and {@code zfs rename -r fs@old fs@new} (or {@code @new}):
 * that snapshot of the dataset and of each descendant that has it.
 */
public record ZfsRename(String from, String to, boolean parents, boolean recursive) implements ZfsRequest {

    static final String COMMAND = "rename";

    public static ZfsRename parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, "fpru", COMMAND); // OpenZFS's -f and -u: nothing to unmount here
        List<String> operands = parsed.operands();
        Zfs.requireOperands(operands, 1, 2, "missing source dataset argument", COMMAND);
        Zfs.requireOperands(operands, 2, 2, "missing target dataset argument", COMMAND);
        boolean parents = parsed.has('p');
        boolean recursive = parsed.has('r');
        if (parents && recursive) {
            throw new ZfsUsageException("-p and -r options are mutually exclusive", COMMAND);
        }
        if (recursive && operands.get(0).indexOf('@') < 0) {
            throw new ZfsUsageException("source dataset for recursive rename must be a snapshot", COMMAND);
        }
        return new ZfsRename(operands.get(0), operands.get(1), parents, recursive);
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        if (parents) {
            Datasets.open(storage, from, DatasetType.FILESYSTEM, DatasetType.VOLUME);
        } else {
            Datasets.openAny(storage, from);
        }
        if (!recursive) {
            storage.rename(from, to, parents);
            return ZfsOutcome.done();
        }
        int at = from.indexOf('@');
        String dataset = from.substring(0, at);
        String oldSuffix = from.substring(at);
        String newSuffix = to.substring(Math.max(to.indexOf('@'), 0));
        for (Dataset candidate : storage.datasets()) {
            String name = candidate.name();
            if (name.endsWith(oldSuffix)) {
                String owner = name.substring(0, name.length() - oldSuffix.length());
                if (owner.equals(dataset) || owner.startsWith(dataset + "/")) {
                    storage.rename(name, owner + newSuffix, false);
                }
            }
        }
        return ZfsOutcome.done();
    }
}
