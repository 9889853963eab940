package xsh.toolstack.checkpoint.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.raw.Atom;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.write.ConfigEditor;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Storage;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.CheckpointReference;
import xsh.toolstack.domain.DomainFileNames;
import xsh.toolstack.oserror.Strerror;
import xsh.toolstack.saverestore.ImageProgress;
import xsh.toolstack.saverestore.RestoreOptions;
import xsh.toolstack.saverestore.Restorer;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code checkpoint restore DOMAIN@ID}: the seeds' hand procedure as one step. Each snapshot
 * of the checkpoint is cloned beside its dataset, a config is written beside the image whose
 * disks point at the clones (every other byte as the checkpoint's config has it), and the
 * image is restored with that config.
 *
 * <p>Whatever fails after the first clone, what was made is taken down in reverse (the
 * restored domain, the config, the clones) and the error names the step; a running domain
 * is left as it was. With {@code --replace} the restored domain is built paused under a
 * staging name while the old one still runs; only then is the old one destroyed, the new
 * one renamed to the name and unpaused, so a failed restore never costs the running domain.
 */
public final class CheckpointRestorer {

    private final Hypervisor hv;
    private final CheckpointCatalog catalog;
    private final boolean xlCompatible;

    public CheckpointRestorer(Hypervisor hv, CheckpointCatalog catalog, boolean xlCompatible) {
        this.hv = hv;
        this.catalog = catalog;
        this.xlCompatible = xlCompatible;
    }

    /**
     * What a restore would do, checked against the catalog and the host as they are now;
     * nothing changes.
     *
     * @throws XshException an unknown checkpoint, a bad name, or a running domain of that name
     *         without {@code --replace}; exit 1
     */
    public RestorePlan plan(CheckpointRestoreOptions options) {
        Checkpoint checkpoint = find(options.reference());
        String name = options.as().orElse(checkpoint.domain());
        DomainFileNames.refusal(name).ifPresent(refusal -> {
            throw new XshException(refusal, 1);
        });
        Optional<DomainInfo> running = hv.domainNamed(name);
        if (running.isPresent() && !options.replace()) {
            throw new XshException("checkpoint " + checkpoint.reference() + ": domain " + name + " is running (id "
                    + running.get().domid() + "); restore it --as another name, or --replace it", 1);
        }
        if (running.isPresent() && running.get().domid() == 0) {
            throw new XshException("checkpoint " + checkpoint.reference() + ": cannot replace Domain-0", 1);
        }
        // a checkpoint of a domain without disks on ZFS has no snapshots, and needs no storage
        Optional<Storage> storage = checkpoint.snapshots().isEmpty() ? Optional.empty() : Optional.of(hv.storage());
        for (String snapshot : checkpoint.snapshots()) {
            if (storage.get().dataset(snapshot).isEmpty()) {
                throw new XshException("checkpoint " + checkpoint.reference() + ": snapshot " + snapshot
                        + " does not exist", 1);
            }
        }
        List<String> origins = checkpoint.snapshots().stream().map(CheckpointRestorer::originOf).toList();
        Path directory = checkpoint.image().toAbsolutePath().getParent();
        String suffix = RestoreNames.suffix(checkpoint.id(), name, origins, directory,
                dataset -> storage.get().dataset(dataset).isPresent());
        List<PlannedClone> clones = checkpoint.snapshots().stream()
                .map(snapshot -> new PlannedClone(snapshot, originOf(snapshot),
                        RestoreNames.clone(originOf(snapshot), suffix)))
                .toList();
        return new RestorePlan(checkpoint, name, suffix, clones, RestoreNames.config(directory, name, suffix), running);
    }

    /**
     * Carries a plan out.
     *
     * @param notices  the image restore's lines, as {@code restore} tells them
     * @param progress the image's verification and loading
     * @throws XshException one line naming the step that failed, everything made undone; exit 1
     */
    public CheckpointRestoreResult restore(RestorePlan plan, boolean paused, Notices notices, ImageProgress progress) {
        Checkpoint checkpoint = plan.checkpoint();
        Deque<Runnable> undo = new ArrayDeque<>();
        String step = "";
        String staging = RestoreNames.staging(plan.name(), plan.suffix());
        byte[] config;
        DomainInfo restored;
        try {
            for (PlannedClone clone : plan.clones()) {
                step = "cloning " + clone.snapshot() + " to " + clone.target();
                hv.storage().clone(clone.snapshot(), clone.target(), Map.of(), false);
                undo.push(() -> hv.storage().destroy(clone.target(), false));
            }
            step = "writing " + plan.config();
            config = rewrittenConfig(plan, plan.name());
            write(plan.config(), config);
            undo.push(() -> delete(plan.config()));

            step = "restoring " + checkpoint.image();
            if (plan.replaced().isEmpty()) {
                return new CheckpointRestoreResult(plan,
                        restoreImage(checkpoint.image(), plan.config(), paused, notices, progress));
            }
            restored = restoreStaged(plan, staging, notices, progress);
            int staged = restored.domid();
            undo.push(() -> hv.destroy(staged, true));

            DomainInfo old = plan.replaced().get();
            step = "destroying the replaced domain " + plan.name() + " (id " + old.domid() + ")";
            if (hv.domain(old.domid()).filter(d -> d.name().equals(plan.name())).isPresent()) {
                hv.destroy(old.domid(), false);
            }
        } catch (RuntimeException e) {
            String left = undoAll(undo, e);
            throw new XshException("checkpoint restore " + checkpoint.reference() + ": " + step + " failed: "
                    + oneLine(e) + left, 1, e);
        }
        // the old domain is gone: the restored one is all there is, and is kept whatever happens
        return new CheckpointRestoreResult(plan, takeOver(plan, restored, staging, config, paused));
    }

    /** The checkpoint a user names ({@code DOMAIN@ID}, {@code @ID} or {@code ID}); DOMAIN must be its domain's. */
    private Checkpoint find(String text) {
        return CheckpointReference.parse(text).find(catalog);
    }

    /** The restored domain, built paused under the staging name from a config that says so, removed once read. */
    private DomainInfo restoreStaged(RestorePlan plan, String staging, Notices notices, ImageProgress progress) {
        Path stagingConfig = plan.config().resolveSibling("." + plan.config().getFileName() + ".staging");
        try {
            write(stagingConfig, rewrittenConfig(plan, staging));
            return restoreImage(plan.checkpoint().image(), stagingConfig, true, notices, progress);
        } finally {
            delete(stagingConfig);
        }
    }

    /**
     * The restored domain takes the name and the config of the one it replaced, and runs.
     * A failure here leaves it, paused or running, under whatever name it has: it is all
     * there is of the domain now, so it is told about rather than destroyed.
     */
    private DomainInfo takeOver(RestorePlan plan, DomainInfo restored, String staging, byte[] config, boolean paused) {
        String step = "renaming " + staging + " (id " + restored.domid() + ") to " + plan.name();
        try {
            hv.rename(restored.domid(), plan.name());
            hv.updateDefinition(restored.domid(),
                    ConfigTyper.type(ConfigSource.of(plan.config().toString(), config)).definition());
            if (!paused) {
                step = "unpausing " + plan.name() + " (id " + restored.domid() + ")";
                hv.unpause(restored.domid());
            }
        } catch (RuntimeException e) {
            throw new XshException("checkpoint restore " + plan.checkpoint().reference() + ": the replaced domain is "
                    + "destroyed and the restored one is kept, but " + step + " failed: " + oneLine(e), 1, e);
        }
        return hv.domain(restored.domid()).orElse(restored);
    }

    private DomainInfo restoreImage(Path image, Path config, boolean paused, Notices notices, ImageProgress progress) {
        RestoreOptions options = new RestoreOptions(Optional.of(config.toString()), image.toString(), paused, false);
        return new Restorer(hv, xlCompatible).restore(options, notices, progress).domain();
    }

    /** The checkpoint's config with its disks on the clones, named {@code name} (its own line kept when it says so). */
    private byte[] rewrittenConfig(RestorePlan plan, String name) {
        Path source = plan.checkpoint().config();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new XshException("cannot read " + source + ": " + Strerror.of(e), 1, e);
        }
        ConfigEditor editor = ConfigEditor.of(ConfigSource.of(source.toString(), bytes));
        if (!plan.clones().isEmpty()) {
            DiskRetargeting.of(plan.clones(), hv.storage()).apply(editor);
        }
        boolean named = editor.parsed().settings().get("name")
                .filter(setting -> setting.value() instanceof Atom atom && atom.text().equals(name))
                .isPresent();
        if (!named) {
            editor.setString("name", name);
        }
        return editor.bytes();
    }

    private static String originOf(String snapshot) {
        int at = snapshot.indexOf('@');
        return at < 0 ? snapshot : snapshot.substring(0, at);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new XshException(Strerror.of(e), 1, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new XshException("cannot remove " + file + ": " + Strerror.of(e), 1, e);
        }
    }

    /**
     * Undoes in reverse, every step tried; what could not be undone is told after the failure
     * (empty when all was), so nothing is left behind unsaid.
     */
    private static String undoAll(Deque<Runnable> undo, RuntimeException failure) {
        StringBuilder left = new StringBuilder();
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
                left.append(left.isEmpty() ? " (and undoing it failed: " : "; ").append(oneLine(e));
            }
        }
        return left.isEmpty() ? "" : left.append(")").toString();
    }

    private static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return String.join("; ", message.strip().lines().filter(line -> !line.isBlank()).toList());
    }
}
