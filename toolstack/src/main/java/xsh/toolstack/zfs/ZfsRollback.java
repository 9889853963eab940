package xsh.toolstack.zfs;

import java.util.List;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/** {@code zfs rollback [-rRf] snapshot}: -r (and -R) destroy the later snapshots; -f is accepted. */
public record ZfsRollback(String snapshot, boolean destroyLater) implements ZfsRequest {

    static final String COMMAND = "rollback";

    public static ZfsRollback parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, "rRf", COMMAND);
        Zfs.requireOperands(parsed.operands(), 1, 1, "missing dataset argument", COMMAND);
        return new ZfsRollback(parsed.operands().get(0), parsed.has('r') || parsed.has('R'));
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        Datasets.open(storage, snapshot, DatasetType.SNAPSHOT);
        storage.rollback(snapshot, destroyLater);
        return ZfsOutcome.done();
    }
}
