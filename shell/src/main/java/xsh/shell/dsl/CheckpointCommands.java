package xsh.shell.dsl;

import groovy.transform.NamedParam;
import groovy.transform.NamedParams;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.checkpoint.CheckpointHost;
import xsh.shell.checkpoint.CheckpointRow;
import xsh.shell.checkpoint.CheckpointRows;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.CheckpointReference;
import xsh.toolstack.checkpoint.CheckpointRequest;
import xsh.toolstack.checkpoint.CheckpointTaker;
import xsh.toolstack.checkpoint.SqliteCheckpointCatalog;
import xsh.toolstack.checkpoint.restore.CheckpointRestoreOptions;
import xsh.toolstack.checkpoint.restore.CheckpointRestorer;
import xsh.toolstack.checkpoint.restore.RestorePlan;
import xsh.toolstack.checkpoint.retention.CheckpointPruner;
import xsh.toolstack.checkpoint.retention.PruneResult;
import xsh.toolstack.checkpoint.retention.RetentionPolicy;
import xsh.toolstack.saverestore.ImageProgress;

/**
 * The {@code checkpoint} of a script: {@code checkpoint.create 'debian'},
 * {@code checkpoint.restore 'debian@1552572976', as: 'debian-old'}, each the {@code checkpoint}
 * command of the same name, done by the same toolstack call. Results are the catalog's
 * {@link Checkpoint} records ({@code c.id}, {@code c.image}, {@code c.snapshots},
 * {@code c.pauseMillis}…). Changes go through {@link ScriptContext#change}, so
 * {@code --dry-run} prints {@code checkpoint create debian} instead.
 */
public final class CheckpointCommands {

    private final Supplier<ScriptContext> context;

    CheckpointCommands(Supplier<ScriptContext> context) {
        this.context = context;
    }

    // ---- taking and deleting -----------------------------------------------------------------

    /** {@code checkpoint create DOMAIN}: the datasets holding its disks, images in the default directory. */
    public Checkpoint create(Object domain) {
        return create(Map.of(), domain);
    }

    /**
     * {@code checkpoint create DOMAIN [--dataset DS]... [--dir DIR]}: {@code dataset} one
     * dataset or a list of them, {@code dir} where the image and config go.
     */
    public Checkpoint create(@NamedParams({
            @NamedParam(value = "dataset", type = Object.class),
            @NamedParam(value = "dir", type = Object.class)}) Map<String, ?> options, Object domain) {
        NamedArguments args = named("create", options);
        String qualifier = DomainArgument.of("checkpoint.create", domain);
        List<String> datasets = datasets(args);
        Optional<String> dir = args.value("dir").map(value -> TextArgument.path("checkpoint.create", value));
        CommandText line = CommandText.of("checkpoint", "create", qualifier);
        datasets.forEach(ds -> line.add("--dataset").add(ds));
        dir.ifPresent(d -> line.add("--dir").add(d));
        return change(line, (hv, catalog) -> {
            Path directory = dir.map(Path::of).orElseGet(() -> CheckpointHost.defaultImageDirectory(home(), hv));
            return new CheckpointTaker(hv, catalog).take(new CheckpointRequest(qualifier, datasets, directory),
                    ImageProgress.NONE);
        });
    }

    /** {@code checkpoint delete ID}: its image, config and snapshots, then its entry. */
    public void delete(Object checkpoint) {
        long id = id("checkpoint.delete", checkpoint);
        change(CommandText.of("checkpoint", "delete", id), (hv, catalog) -> {
            catalog.delete(id);
            return null;
        });
    }

    // ---- reading -----------------------------------------------------------------------------

    /** {@code checkpoint list}: every domain's checkpoints, oldest first. */
    public List<Checkpoint> list() {
        return read((hv, catalog) -> catalog.list(Optional.empty()));
    }

    /** {@code checkpoint list DOMAIN}: that domain's checkpoints (by name), oldest first. */
    public List<Checkpoint> list(Object domain) {
        String name = TextArgument.word("checkpoint.list", domain instanceof Domain d ? d.getName() : domain);
        return read((hv, catalog) -> catalog.list(Optional.of(name)));
    }

    /** {@code checkpoint show ID}: the checkpoint, or null if the catalog has none of that id. */
    public Checkpoint show(Object checkpoint) {
        long id = id("checkpoint.show", checkpoint);
        return read((hv, catalog) -> catalog.find(id).orElse(null));
    }

    /** The newest checkpoint of a domain, or null if it has none. */
    public Checkpoint latest(Object domain) {
        List<Checkpoint> all = list(domain);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** {@code checkpoint verify}: every checkpoint, images re-hashed; each row says {@code ok} or its problems. */
    public List<CheckpointRow> verify() {
        return read((hv, catalog) -> CheckpointRows.verified(hv, catalog.list(Optional.empty())));
    }

    /** {@code checkpoint verify DOMAIN}: that domain's checkpoints. */
    public List<CheckpointRow> verify(Object domain) {
        List<Checkpoint> checkpoints = list(domain);
        return read((hv, catalog) -> CheckpointRows.verified(hv, checkpoints));
    }

    // ---- restoring and pruning ---------------------------------------------------------------

    /** {@code checkpoint restore DOMAIN@ID}: clones, a config pointing at them, the image restored; the domain. */
    public Domain restore(Object checkpoint) {
        return restore(Map.of(), checkpoint);
    }

    /**
     * {@code checkpoint restore DOMAIN@ID [--as NAME] [--replace] [-p]}: {@code as} a new name
     * beside a running domain, {@code replace} the running one once the restore succeeded,
     * {@code paused} left paused.
     */
    public Domain restore(@NamedParams({
            @NamedParam(value = "as", type = String.class),
            @NamedParam(value = "replace", type = Boolean.class),
            @NamedParam(value = "paused", type = Boolean.class)}) Map<String, ?> options, Object checkpoint) {
        NamedArguments args = named("restore", options);
        String reference = checkpoint instanceof Checkpoint c ? c.reference()
                : TextArgument.word("checkpoint.restore", checkpoint);
        Optional<String> as = args.text("as");
        boolean replace = args.flag("replace");
        boolean paused = args.flag("paused");
        CommandText line = CommandText.of("checkpoint", "restore", reference);
        as.ifPresent(name -> line.add("--as").add(name));
        line.flag(replace, "--replace").flag(paused, "-p");
        CheckpointRestoreOptions restore = new CheckpointRestoreOptions(reference, as, replace, paused);
        return change(line, (hv, catalog) -> {
            CheckpointRestorer restorer = new CheckpointRestorer(hv, catalog, false);
            RestorePlan plan = restorer.plan(restore);
            int domid = restorer.restore(plan, paused, this::notice, ImageProgress.NONE).domain().domid();
            return hv.domain(domid).map(info -> new Domain(info, hv.now())).orElse(null);
        });
    }

    /**
     * {@code checkpoint prune [DOMAIN] --keep POLICY}: {@code keep} as the command takes it
     * ({@code 'last=10,hourly=24,daily=7'}); the checkpoints deleted. A domain's newest is never
     * deleted. A checkpoint that cannot go (a restored clone uses its snapshot) fails the call
     * after the others went.
     */
    public List<Checkpoint> prune(@NamedParams({
            @NamedParam(value = "keep", type = String.class, required = true)}) Map<String, ?> options) {
        return prune(options, null);
    }

    /** As {@link #prune(Map)}, for one domain's checkpoints. */
    public List<Checkpoint> prune(@NamedParams({
            @NamedParam(value = "keep", type = String.class, required = true)}) Map<String, ?> options,
                                  Object domain) {
        NamedArguments args = named("prune", options);
        String keep = args.text("keep").orElseThrow(() -> new XshException(
                "checkpoint.prune: the argument 'keep' is required (e.g. keep: 'last=10,daily=7')", 1));
        RetentionPolicy policy = RetentionPolicy.parse(keep);
        Optional<String> name = Optional.ofNullable(domain)
                .map(d -> TextArgument.word("checkpoint.prune", d instanceof Domain dom ? dom.getName() : d));
        CommandText line = CommandText.of("checkpoint", "prune");
        name.ifPresent(line::add);
        line.add("--keep").add(keep);
        return change(line, (hv, catalog) -> {
            PruneResult result = new CheckpointPruner(catalog, ZoneId.systemDefault())
                    .prune(name, policy, hv.now(), false);
            if (!result.failures().isEmpty()) {
                PruneResult.Failure first = result.failures().get(0);
                throw new XshException("checkpoint prune: cannot delete " + first.checkpoint().reference() + ": "
                        + first.reason(), 1);
            }
            return result.deleted();
        });
    }

    // ---- how calls are made ------------------------------------------------------------------

    private static NamedArguments named(String method, Map<String, ?> options) {
        return NamedArguments.of(CheckpointCommands.class, method, "checkpoint." + method, options);
    }

    private Path home() {
        return context.get().xshHome();
    }

    private <T> T read(BiFunction<Hypervisor, CheckpointCatalog, T> query) {
        return context.get().read(hv -> withCatalog(hv, query));
    }

    private <T> T change(CommandText line, BiFunction<Hypervisor, SqliteCheckpointCatalog, T> action) {
        return context.get().change(line.toString(), hv -> withCatalog(hv, action));
    }

    private <T> T withCatalog(Hypervisor hv, BiFunction<Hypervisor, ? super SqliteCheckpointCatalog, T> call) {
        try (SqliteCheckpointCatalog catalog = CheckpointHost.catalog(home(), hv)) {
            return call.apply(hv, catalog);
        }
    }

    private void notice(String line) {
        context.get().err().println(line);
        context.get().err().flush();
    }

    /** A checkpoint's id from a Checkpoint, a number, or text: {@code 1552572976}, {@code debian@1552572976}. */
    private static long id(String method, Object checkpoint) {
        if (checkpoint instanceof Checkpoint c) {
            return c.id();
        }
        if (checkpoint instanceof Number n) {
            return n.longValue();
        }
        String text = TextArgument.word(method, checkpoint);
        return CheckpointReference.parse(text).id();
    }

    private static List<String> datasets(NamedArguments args) {
        Optional<Object> given = args.value("dataset");
        if (given.isEmpty()) {
            return List.of();
        }
        List<String> datasets = new ArrayList<>();
        if (given.get() instanceof Collection<?> many) {
            many.forEach(ds -> datasets.add(TextArgument.word("checkpoint.create", ds)));
        } else {
            datasets.add(TextArgument.word("checkpoint.create", given.get()));
        }
        return datasets;
    }
}
