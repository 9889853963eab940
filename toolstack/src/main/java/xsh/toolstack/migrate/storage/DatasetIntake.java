package xsh.toolstack.migrate.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.toolstack.migrate.StorageIntake;

/**
 * The receiver's half of {@code --with-storage} on the target's storage. The plan is checked
 * whole before anything is made: no dataset of it may exist here, and each one's pool must.
 * Each dataset is then received under its own name (its missing parents created first), and
 * its incremental stream applied on top. Every dataset it makes is told to the
 * {@link CreationJournal} before it exists, and {@link #abort} takes them all down again.
 *
 * <p>{@link #abort} may come from another thread while {@link #accept} waits for the storage
 * to read: it cuts the stream, which ends the wait.
 */
final class DatasetIntake implements StorageIntake {

    private final Storage storage;
    private final CreationJournal journal;
    private final Map<String, StorageRecords.Planned> plan = new LinkedHashMap<>();
    private boolean planned;
    /** The datasets made, in order: parents and received ones. */
    private final List<String> created = new CopyOnWriteArrayList<>();
    /** Each received dataset's latest snapshot, by dataset. */
    private final Map<String, String> received = new LinkedHashMap<>();
    /** Every snapshot received, in order. */
    private final List<String> snapshots = new ArrayList<>();
    private volatile IncomingStream current;
    private volatile boolean committed;
    private volatile boolean aborted;
    private final List<String> leftovers = new CopyOnWriteArrayList<>();

    DatasetIntake(Storage storage, CreationJournal journal) {
        this.storage = storage;
        this.journal = journal;
    }

    @Override
    public synchronized void accept(int type, byte[] body) throws IOException {
        if (aborted) {
            // an abort from another thread (Ctrl-C) while the protocol's thread still reads
            throw new XshException("migration target: the migration was abandoned", 1);
        }
        if (committed) {
            throw new IllegalStateException("the migration's storage is committed");
        }
        if (type == StorageRecords.DATA) {
            data(body);
            return;
        }
        if (current != null && type != StorageRecords.END) {
            throw outOfOrder(type, "the stream of " + current.begin().snapshot() + " has not ended");
        }
        if (type == StorageRecords.PLAN) {
            plan(StorageRecords.readPlan(body));
        } else if (type == StorageRecords.BEGIN) {
            begin(StorageRecords.readBegin(body));
        } else if (type == StorageRecords.END) {
            end(StorageRecords.readEnd(body));
        } else {
            throw new XshException("migration target: unknown storage record " + StorageRecords.name(type)
                    + " (the sender's xsh is newer?)", 1);
        }
    }

    private void plan(List<StorageRecords.Planned> datasets) {
        if (planned) {
            throw outOfOrder(StorageRecords.PLAN, "the plan came already");
        }
        List<String> pools = storage.pools();
        for (StorageRecords.Planned p : datasets) {
            String pool = p.dataset().split("[/@]", 2)[0];
            if (p.dataset().isEmpty() || p.dataset().contains("@")) {
                throw new XshException("migration target: '" + p.dataset() + "' is not a dataset's name", 1);
            }
            if (!pools.contains(pool)) {
                throw new XshException("migration target: dataset " + p.dataset() + " cannot be received: this host has no pool "
                        + pool, 1);
            }
            refuseExisting(p.dataset());
            refuseNonFilesystemAncestor(p.dataset());
        }
        datasets.forEach(p -> plan.put(p.dataset(), p));
        planned = true;
    }

    private void refuseExisting(String dataset) {
        if (storage.dataset(dataset).isPresent()) {
            throw new XshException("migration target: dataset " + dataset
                    + " exists on this host; --with-storage will not overwrite it", 1);
        }
    }

    /** The nearest ancestor this host has must be a filesystem: a dataset is received into one. */
    private void refuseNonFilesystemAncestor(String dataset) {
        for (int slash = dataset.lastIndexOf('/'); slash > 0; slash = dataset.lastIndexOf('/', slash - 1)) {
            String ancestor = dataset.substring(0, slash);
            Optional<Dataset> found = storage.dataset(ancestor);
            if (found.isPresent()) {
                if (found.get().type() != DatasetType.FILESYSTEM) {
                    throw new XshException("migration target: dataset " + dataset + " cannot be received: " + ancestor
                            + " is a " + found.get().type().word() + " on this host", 1);
                }
                return;
            }
        }
    }

    private void begin(StorageRecords.Begin begin) throws IOException {
        String dataset = begin.dataset();
        if (!plan.containsKey(dataset)) {
            throw outOfOrder(StorageRecords.BEGIN, dataset + " is not in the plan");
        }
        if (!begin.snapshot().startsWith(dataset + "@")) {
            throw outOfOrder(StorageRecords.BEGIN, begin.snapshot() + " is not a snapshot of " + dataset);
        }
        if (begin.incremental()) {
            // only onto what this migration received: forcing a stream into anything else could destroy it
            if (!begin.base().equals(received.get(dataset))) {
                throw outOfOrder(StorageRecords.BEGIN, "the changes of " + dataset + " since " + begin.base()
                        + " come before that snapshot arrived");
            }
        } else {
            if (received.containsKey(dataset)) {
                throw outOfOrder(StorageRecords.BEGIN, dataset + " came whole already");
            }
            refuseExisting(dataset);
            createParents(dataset);
            journal.creating(dataset);
            created.add(dataset);
        }
        current = new IncomingStream(storage, begin);
    }

    /** The dataset's missing ancestors, the highest first; a planned one must have arrived first. */
    private void createParents(String dataset) throws IOException {
        List<String> missing = new ArrayList<>();
        for (int slash = dataset.lastIndexOf('/'); slash > 0; slash = dataset.lastIndexOf('/', slash - 1)) {
            String ancestor = dataset.substring(0, slash);
            if (storage.dataset(ancestor).isPresent()) {
                break;
            }
            if (plan.containsKey(ancestor)) {
                throw outOfOrder(StorageRecords.BEGIN, dataset + " comes before " + ancestor + ", which holds it");
            }
            missing.add(0, ancestor);
        }
        for (String parent : missing) {
            journal.creating(parent);
            storage.createFilesystem(parent, Map.of(), false);
            created.add(parent); // only once made: one that appeared meanwhile is not the migration's

        }
    }

    private void data(byte[] body) throws IOException {
        IncomingStream stream = current;
        if (stream == null) {
            throw outOfOrder(StorageRecords.DATA, "no stream has begun");
        }
        try {
            stream.write(body.clone()); // the caller may reuse its buffer for the next record
        } catch (IOException | RuntimeException e) {
            current = null;
            throw e;
        }
    }

    private void end(long bytes) throws IOException {
        IncomingStream stream = current;
        if (stream == null) {
            throw outOfOrder(StorageRecords.END, "no stream has begun");
        }
        current = null;
        stream.finish(bytes);
        received.put(stream.begin().dataset(), stream.begin().snapshot());
        snapshots.add(stream.begin().snapshot());
    }

    private static XshException outOfOrder(int type, String why) {
        return new XshException("migration target: storage record " + StorageRecords.name(type)
                + " out of order: " + why, 1);
    }

    @Override
    public synchronized DomainDefinition adapt(DomainDefinition definition) {
        if (!planned) {
            return definition;
        }
        Optional<String> missing = plan.keySet().stream().filter(d -> !received.containsKey(d)).findFirst();
        if (missing.isPresent() || current != null) {
            throw new XshException("migration target: the disks have not all arrived ("
                    + missing.orElse(current == null ? "" : current.begin().dataset()) + " is missing)", 1);
        }
        List<MountMove> moves = new ArrayList<>();
        for (StorageRecords.Planned p : plan.values()) {
            if (p.type() == DatasetType.FILESYSTEM && !p.mountpoint().isEmpty()) {
                storage.dataset(p.dataset()).flatMap(d -> d.property("mountpoint"))
                        .filter(mp -> mp.startsWith("/") && !mp.equals(p.mountpoint()))
                        .ifPresent(mp -> moves.add(new MountMove(p.mountpoint(), mp)));
            }
        }
        return MountMove.apply(moves, definition);
    }

    @Override
    public synchronized void commit() {
        if (aborted) {
            throw new IllegalStateException("the migration's storage was abandoned");
        }
        if (current != null) {
            throw new IllegalStateException("the stream of " + current.begin().snapshot() + " has not ended");
        }
        if (committed) {
            return;
        }
        committed = true;
        leftovers.clear();
        leftovers.addAll(MigrationSnapshots.destroy(storage, snapshots));
    }

    @Override
    public void abort() {
        if (committed) {
            return; // the domain runs on these datasets now
        }
        aborted = true;
        IncomingStream stream = current;
        if (stream != null) {
            stream.cut(); // ends an accept waiting for the storage to read, which releases the lock
        }
        synchronized (this) {
            if (committed) {
                return;
            }
            if (current != null) {
                current.cut(); // one an accept began while this waited for it
                current = null;
            }
            leftovers.clear();
            leftovers.addAll(ReceivedDatasets.remove(storage, created));
            if (!leftovers.isEmpty()) {
                throw new XshException("migration target: what the migration received is not all removed: "
                        + String.join("; ", leftovers), 1);
            }
        }
    }

    @Override
    public List<String> created() {
        return List.copyOf(created);
    }

    @Override
    public List<String> leftovers() {
        return List.copyOf(leftovers);
    }
}
