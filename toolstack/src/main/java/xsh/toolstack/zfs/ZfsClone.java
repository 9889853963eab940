package xsh.toolstack.zfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/** {@code zfs clone [-p] [-o property=value]... snapshot dataset}. */
public record ZfsClone(String snapshot, String target, Map<String, String> properties, boolean parents)
        implements ZfsRequest {

    static final String COMMAND = "clone";

    public static ZfsClone parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, "o:p", COMMAND);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String option : parsed.all('o')) {
            PropertyAssignment.parseOption(option, properties);
        }
        List<String> operands = parsed.operands();
        Zfs.requireOperands(operands, 1, 2, "missing source dataset argument", COMMAND);
        Zfs.requireOperands(operands, 2, 2, "missing target dataset argument", COMMAND);
        return new ZfsClone(operands.get(0), operands.get(1), properties, parsed.has('p'));
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        Dataset source = Datasets.open(storage, snapshot, DatasetType.SNAPSHOT);
        if (parents && storage.dataset(target).isPresent()) {
            return ZfsOutcome.done();
        }
        DatasetType type = isVolume(storage, source) ? DatasetType.VOLUME
                : DatasetType.FILESYSTEM;
        Map<String, String> checked = PropertyAssignment.checkAll(properties, type, "cannot create '" + target + "'");
        storage.clone(snapshot, target, checked, parents);
        return ZfsOutcome.done();
    }

    private static boolean isVolume(Storage storage, Dataset snapshot) {
        String origin = snapshot.name().substring(0, snapshot.name().indexOf('@'));
        return storage.dataset(origin).map(d -> d.type() == DatasetType.VOLUME).orElse(false);
    }
}
