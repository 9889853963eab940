package xsh.toolstack.zfs;

import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/**
 * {@code zfs send [-Dpv] [-i snapshot] snapshot}: a full stream of the snapshot, or with -i
 * what changed since an earlier snapshot of the same dataset ({@code @t1} or {@code fs@t1}; a
 * clone's origin too). -D, -p and -v change nothing here; -R and -I are not supported.
 *
 * @param from the -i argument as given, if any
 */
public record ZfsSend(String snapshot, Optional<String> from) implements ZfsRequest {

    static final String COMMAND = "send";

    public static ZfsSend parse(List<String> args) {
        ZfsGetopt.Parsed parsed = ZfsGetopt.parse(args, ":i:I:RDpv", COMMAND);
        if (parsed.all('i').size() + parsed.all('I').size() > 1) {
            throw new ZfsUsageException(null, COMMAND); // zfs: a second -i is the usage alone
        }
        for (char unsupported : new char[] {'R', 'I'}) {
            if (parsed.has(unsupported)) {
                throw new XshException("xsh: zfs send -" + unsupported + " is not supported", 1);
            }
        }
        Zfs.requireOperands(parsed.operands(), 1, 1, "missing snapshot argument", COMMAND);
        String snapshot = parsed.operands().get(0);
        if (snapshot.indexOf('@') < 0) {
            throw new ZfsUsageException("argument must be a snapshot", COMMAND);
        }
        Optional<String> from = Optional.ofNullable(parsed.last('i'));
        from.ifPresent(f -> checkIncrementalSource(f, snapshot));
        return new ZfsSend(snapshot, from);
    }

    private static void checkIncrementalSource(String from, String snapshot) {
        int at = from.indexOf('@');
        if (at < 0) {
            return;
        }
        String dataset = snapshot.substring(0, snapshot.indexOf('@'));
        // a snapshot of another dataset may still be the clone's origin: checked when run
        if (at > 0 && !from.substring(0, at).equals(dataset)) {
            return;
        }
        String name = from.substring(at + 1);
        if (name.indexOf('@') >= 0 || name.indexOf('/') >= 0) {
            throw new ZfsUsageException("invalid incremental source", COMMAND);
        }
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        String datasetName = snapshot.substring(0, snapshot.indexOf('@'));
        Dataset dataset = Datasets.open(storage, datasetName, DatasetType.FILESYSTEM, DatasetType.VOLUME);
        Datasets.open(storage, snapshot, DatasetType.SNAPSHOT);
        Optional<String> base = from.map(f -> baseSnapshot(f, dataset));
        base.ifPresent(b -> Datasets.open(storage, b, DatasetType.SNAPSHOT));
        storage.send(snapshot, base, streams.output());
        return ZfsOutcome.done();
    }

    /** The -i argument as a full snapshot name: {@code @t1} and {@code t1} are the dataset's. */
    private static String baseSnapshot(String from, Dataset dataset) {
        int at = from.indexOf('@');
        if (at < 0) {
            return dataset.name() + "@" + from;
        }
        if (at == 0) {
            return dataset.name() + from;
        }
        if (!from.substring(0, at).equals(dataset.name()) && !from.equals(dataset.property("origin").orElse("-"))) {
            throw new ZfsUsageException("incremental source must be in same filesystem", COMMAND);
        }
        return from;
    }
}
