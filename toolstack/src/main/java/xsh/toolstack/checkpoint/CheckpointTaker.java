package xsh.toolstack.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.oserror.Strerror;
import xsh.toolstack.saverestore.ImageProgress;
import xsh.toolstack.saverestore.SaveMode;
import xsh.toolstack.saverestore.SaveRequest;
import xsh.toolstack.saverestore.Saver;

/**
 * {@code checkpoint create}: the seeds' loop ({@code xl save -p}, {@code zfs snapshot},
 * {@code xl unpause}) as one operation that is whole or leaves nothing.
 *
 * <p>Before the domain is stopped, the checkpoint is written in the journal: its id, what it
 * will write and snapshot, the domain's pause count, and this process. Then the image is
 * saved with the domain left paused, every dataset is snapshotted at one instant, and the
 * domain is let go: that is the pause window. The image's checksum and the config file are
 * made afterwards, while the domain runs. The checkpoint then enters the catalog and leaves
 * the journal in one transaction. A step that fails undoes what was done (the domain as it
 * was, no snapshot, no file, no entry); a process that dies is undone by the next xsh
 * ({@link CheckpointRecovery}).
 */
public final class CheckpointTaker {

    private final Hypervisor hv;
    private final SqliteCheckpointCatalog catalog;

    public CheckpointTaker(Hypervisor hv, SqliteCheckpointCatalog catalog) {
        this.hv = hv;
        this.catalog = catalog;
    }

    /**
     * @throws XshException exit 1: refused before anything was done ({@code xsh: cannot
     *         checkpoint NAME: ...}), or failed and undone ({@code xsh: checkpoint NAME@ID
     *         failed: ...})
     */
    public Checkpoint take(CheckpointRequest request, ImageProgress progress) {
        int domid = DomainResolver.resolve(hv, request.domain());
        DomainInfo domain = hv.domain(domid)
                .orElseThrow(() -> new XshException(request.domain() + " is an invalid domain identifier (rc=-6)", 1));
        String name = domain.name();
        if (domain.isDomain0()) {
            throw refused(name, "Domain-0 is the host itself, not a guest");
        }
        DomainDefinition definition = definitionOf(domid, name);
        List<String> datasets = datasetsFor(request, definition, name);
        Path directory = directoryFor(request.directory(), name);

        Instant started = hv.now();
        JournalEntry entry = catalog.begin(started.getEpochSecond(), id -> new JournalEntry(id, name, domid,
                domain.state().pauseCount(), directory.resolve(name + "-" + id + ".save"),
                directory.resolve(name + "-" + id + ".cfg"), snapshotsOf(datasets, id), ProcessOwner.current(),
                started));
        try (InterruptionGuard guard = new InterruptionGuard(hv, catalog, entry)) {
            checkNothingInTheWay(entry, name);
            long pauseMillis = pauseAndCapture(entry, domid, progress);
            String sha256 = CheckpointProblems.sha256(entry.image());
            writeConfig(entry.config(), definition.source().bytes());
            Checkpoint checkpoint = new Checkpoint(entry.id(), name, started, entry.image(), Files.size(entry.image()),
                    sha256, entry.config(), entry.snapshots(), pauseMillis);
            guard.complete(() -> catalog.complete(checkpoint));
            return checkpoint;
        } catch (IOException | RuntimeException e) {
            throw undone(entry, e);
        }
    }

    /**
     * The memory saved (domain left paused) and the snapshots, then the domain let go, then the
     * image sealed (checksums, sync, its name): the pause window, in ms, which the sealing is
     * outside of.
     */
    private long pauseAndCapture(JournalEntry entry, int domid, ImageProgress progress) {
        // until the saver says it (xl's own save may not), the window is taken to open now
        long[] pausedAt = {System.nanoTime()};
        SaveRequest save = new SaveRequest(Integer.toString(domid), entry.image().toString(),
                Optional.empty(), SaveMode.LEAVE_PAUSED, false);
        // the saver says "Saving to ..." just before it suspends the guest: the window opens there
        try (Saver.CapturedImage image = new Saver(hv).capturePaused(save, line -> pausedAt[0] = System.nanoTime(),
                progress)) {
            long pauseMillis;
            try {
                if (!entry.snapshots().isEmpty()) {
                    hv.storage().snapshot(entry.snapshots(), false);
                }
            } finally {
                hv.unpause(domid);
                pauseMillis = Math.round((System.nanoTime() - pausedAt[0]) / 1e6);
            }
            image.seal();
            return pauseMillis;
        }
    }

    private DomainDefinition definitionOf(int domid, String name) {
        try {
            return hv.definition(domid).orElseThrow(() -> refused(name, "its configuration cannot be retrieved"));
        } catch (HvException e) {
            throw refused(name, "its configuration cannot be retrieved");
        }
    }

    private List<String> datasetsFor(CheckpointRequest request, DomainDefinition definition, String name) {
        Storage storage = hv.storage();
        if (!request.datasets().isEmpty()) {
            for (String dataset : request.datasets()) {
                DatasetType type = storage.dataset(dataset).map(Dataset::type)
                        .orElseThrow(() -> refused(name, "dataset " + dataset + " does not exist"));
                if (type == DatasetType.SNAPSHOT) {
                    throw refused(name, dataset + " is a snapshot, not a filesystem or volume");
                }
            }
            return request.datasets().stream().distinct().toList();
        }
        List<String> datasets = DiskDatasets.of(definition.config(), storage);
        if (datasets.isEmpty()) {
            throw refused(name, "none of its disks is on ZFS; name the dataset to snapshot with --dataset");
        }
        return datasets;
    }

    private static Path directoryFor(Path directory, String name) {
        Path dir = directory.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw refused(name, dir + ": " + Strerror.of(e));
        }
        if (!Files.isWritable(dir)) {
            throw refused(name, dir + ": Permission denied");
        }
        return dir;
    }

    private static List<String> snapshotsOf(List<String> datasets, long id) {
        return datasets.stream().map(d -> d + "@" + id).toList();
    }

    /**
     * A snapshot or file of this id that exists already is someone else's: refused before the
     * domain is stopped, and never removed by the undo (which removes what has the names).
     */
    private void checkNothingInTheWay(JournalEntry entry, String name) {
        List<String> taken = new ArrayList<>();
        if (!entry.snapshots().isEmpty()) {
            Storage storage = hv.storage();
            entry.snapshots().stream().filter(s -> storage.dataset(s).isPresent()).forEach(taken::add);
        }
        for (Path file : CheckpointUndo.filesOf(entry)) {
            if (Files.exists(file)) {
                taken.add(file.toString());
            }
        }
        if (!taken.isEmpty()) {
            throw new InTheWay(refused(name, String.join(", ", taken) + (taken.size() == 1 ? " exists" : " exist")
                    + " already"));
        }
    }

    /** Nothing was done yet: the entry goes, what is in the way stays. */
    private static final class InTheWay extends RuntimeException {
        InTheWay(XshException refusal) {
            super(refusal);
        }
    }

    /** The config file beside the image, written whole or not at all. */
    private static void writeConfig(Path config, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(config.getParent(), "." + config.getFileName() + ".", ".part");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, config, StandardCopyOption.ATOMIC_MOVE);
    }

    private XshException undone(JournalEntry entry, Exception failure) {
        // the undo must run whole: an interrupt (Ctrl-C) waits until it is done
        boolean interrupted = Thread.interrupted();
        try {
            if (failure instanceof InTheWay inTheWay) {
                catalog.abandon(entry.id());
                return (XshException) inTheWay.getCause();
            }
            CheckpointUndo.Undone undone = CheckpointUndo.undo(hv, entry);
            catalog.abandon(entry.id());
            String state = undone.problems().isEmpty() ? entry.domain() + " is as it was; nothing kept"
                    : String.join("; ", undone.problems());
            return new XshException("xsh: checkpoint " + entry.reference() + " failed: " + reason(failure)
                    + " (" + state + ")", 1, failure);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof MultiLineException m && !m.lines().isEmpty()) {
            return m.lines().get(0); // the cause; the saver's "resuming domain" is said by the undo
        }
        if (e instanceof IOException io) {
            return Strerror.of(io);
        }
        return Objects.toString(e.getMessage(), e.getClass().getSimpleName()).lines().findFirst().orElse("");
    }

    private static XshException refused(String name, String why) {
        return new XshException("xsh: cannot checkpoint " + name + ": " + why, 1);
    }
}
