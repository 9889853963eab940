package xsh.toolstack.zfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.error.XshException;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/** {@code zfs snapshot [-r] dataset@name...}: all at one instant (OpenZFS takes several names). */
public record ZfsSnapshot(List<String> snapshots, boolean recursive) implements ZfsRequest {

    static final String COMMAND = "snapshot";

    public static ZfsSnapshot parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, "ro:", COMMAND);
        Map<String, String> properties = new LinkedHashMap<>();
        for (String option : parsed.all('o')) {
            PropertyAssignment.parseOption(option, properties);
        }
        if (!properties.isEmpty()) {
            throw new XshException("xsh: zfs snapshot -o is not supported", 1);
        }
        Zfs.requireOperands(parsed.operands(), 1, Integer.MAX_VALUE, "missing snapshot argument", COMMAND);
        return new ZfsSnapshot(List.copyOf(parsed.operands()), parsed.has('r'));
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        for (String snapshot : snapshots) {
            if (snapshot.indexOf('@') < 0) {
                throw failed("cannot create snapshot '" + snapshot + "': missing '@' delimiter in snapshot name");
            }
        }
        try {
            storage.snapshot(snapshots, recursive);
        } catch (StorageException e) {
            throw recursive ? failed(e.getMessage()) : e;
        }
        return ZfsOutcome.done();
    }

    /** With -r zfs adds that none was taken. */
    private StorageException failed(String message) {
        return new StorageException(recursive ? message + "\nno snapshots were created" : message);
    }
}
