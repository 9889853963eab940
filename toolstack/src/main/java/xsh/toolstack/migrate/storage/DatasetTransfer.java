package xsh.toolstack.migrate.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;
import xsh.toolstack.migrate.RecordOutput;
import xsh.toolstack.migrate.StorageTransfer;

/**
 * The sender's half of {@code --with-storage} on the source's storage: the plan, then a
 * snapshot {@code DATASET@TAG-1} of every dataset at one instant and each one's whole
 * stream; with the guest suspended, {@code DATASET@TAG-2} and what changed since
 * {@code TAG-1}. The snapshots are removed at the end whatever the outcome; the datasets
 * stay.
 */
final class DatasetTransfer implements StorageTransfer {

    private final Storage storage;
    private final List<StorageRecords.Planned> plan;
    private final MigrationSnapshots snapshots;
    private final long initialBytes;
    private boolean initialSent;
    /** The snapshots it made, in order: only these are its to destroy. */
    private final List<String> made = new ArrayList<>();
    private final List<String> leftovers = new ArrayList<>();

    /** @param datasets the datasets, each after its ancestors (a child is received into its parent) */
    DatasetTransfer(Storage storage, List<Dataset> datasets, String tag) {
        this.storage = storage;
        this.plan = datasets.stream().map(DatasetTransfer::planned).toList();
        this.snapshots = new MigrationSnapshots(datasets.stream().map(Dataset::name).toList(), tag);
        this.initialBytes = datasets.stream().mapToLong(DatasetTransfer::referenced).sum();
    }

    private static long referenced(Dataset d) {
        try {
            return d.property("referenced").map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return 0; // "-": zfs does not know
        }
    }

    private static StorageRecords.Planned planned(Dataset d) {
        String mountpoint = d.type() == DatasetType.FILESYSTEM
                ? d.property("mountpoint").filter(mp -> mp.startsWith("/")).orElse("") : "";
        return new StorageRecords.Planned(d.name(), d.type(), mountpoint);
    }

    @Override
    public List<String> datasets() {
        return snapshots.datasets();
    }

    @Override
    public long initialBytes() {
        return initialBytes;
    }

    @Override
    public void sendInitial(RecordOutput out) throws IOException {
        if (initialSent) {
            throw new IllegalStateException("the datasets' whole streams are sent once");
        }
        initialSent = true;
        byte[] body = StorageRecords.plan(plan);
        out.write(StorageRecords.PLAN, body, 0, body.length);
        storage.snapshot(snapshots.first(), false);
        made.addAll(snapshots.first());
        for (String dataset : datasets()) {
            send(out, dataset, MigrationSnapshots.of(dataset, snapshots.firstName()), Optional.empty());
        }
    }

    @Override
    public void sendFinal(RecordOutput out) throws IOException {
        if (!initialSent) {
            throw new IllegalStateException("the changes are sent after the whole streams");
        }
        storage.snapshot(snapshots.second(), false);
        made.addAll(snapshots.second());
        for (String dataset : datasets()) {
            send(out, dataset, MigrationSnapshots.of(dataset, snapshots.secondName()),
                    Optional.of(MigrationSnapshots.of(dataset, snapshots.firstName())));
        }
    }

    private void send(RecordOutput out, String dataset, String snapshot, Optional<String> base) throws IOException {
        byte[] begin = StorageRecords.begin(new StorageRecords.Begin(dataset, snapshot, base.orElse("")));
        out.write(StorageRecords.BEGIN, begin, 0, begin.length);
        RecordChunker chunks = new RecordChunker(out);
        try {
            storage.send(snapshot, base, chunks);
            chunks.flush();
        } catch (StorageException e) {
            if (chunks.failure() != null) {
                throw chunks.failure(); // the link broke: that is the failure, not zfs's words for it
            }
            throw e;
        }
        byte[] end = StorageRecords.end(chunks.written());
        out.write(StorageRecords.END, end, 0, end.length);
    }

    @Override
    public void finish(boolean migrated) {
        leftovers.clear();
        leftovers.addAll(MigrationSnapshots.destroy(storage, made));
        made.clear();
    }

    @Override
    public List<String> leftovers() {
        return List.copyOf(leftovers);
    }
}
