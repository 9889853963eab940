package xsh.shell.dsl;

import groovy.transform.NamedParam;
import groovy.transform.NamedParams;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import xsh.error.XshException;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;
import xsh.toolstack.zfs.Datasets;
import xsh.toolstack.zfs.ZfsClone;
import xsh.toolstack.zfs.ZfsCreate;
import xsh.toolstack.zfs.ZfsDestroy;
import xsh.toolstack.zfs.ZfsOutcome;
import xsh.toolstack.zfs.ZfsRename;
import xsh.toolstack.zfs.ZfsRequest;
import xsh.toolstack.zfs.ZfsRollback;
import xsh.toolstack.zfs.ZfsSet;
import xsh.toolstack.zfs.ZfsSnapshot;
import xsh.toolstack.zfs.ZfsStreams;

/**
 * The {@code zfs} of a script: {@code zfs.snapshot "tank/web@${epoch()}"}, {@code zfs.list()},
 * each the zfs command of the same name, done as {@code xsh zfs} does it, with zfs's refusals
 * ({@link StorageException}, zfs's words and exit code). Changes go through
 * {@link ScriptContext#change}, so {@code --dry-run} prints {@code zfs snapshot ...} instead.
 */
public final class ZfsCommands {

    private final Supplier<ScriptContext> context;

    ZfsCommands(Supplier<ScriptContext> context) {
        this.context = context;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** {@code zfs list}: every filesystem and volume. */
    public List<ZfsDataset> list() {
        return list(Map.of());
    }

    /** {@code zfs list [-r] [-t TYPE]}: {@code type} 'filesystem', 'volume', 'snapshot' or 'all'. */
    public List<ZfsDataset> list(@NamedParams({
            @NamedParam(value = "type", type = String.class),
            @NamedParam(value = "recursive", type = Boolean.class)}) Map<String, ?> options) {
        return list(options, null);
    }

    /** {@code zfs list NAME}: that dataset. */
    public List<ZfsDataset> list(Object name) {
        return list(Map.of(), name);
    }

    /**
     * {@code zfs list [-r] [-t TYPE] NAME}: the dataset, with {@code recursive} its descendants;
     * with {@code type: 'snapshot'} its snapshots.
     */
    public List<ZfsDataset> list(@NamedParams({
            @NamedParam(value = "type", type = String.class),
            @NamedParam(value = "recursive", type = Boolean.class)}) Map<String, ?> options, Object name) {
        NamedArguments args = named("list", options);
        Set<DatasetType> types = types(args);
        boolean recursive = args.flag("recursive") || name == null;
        String root = name == null ? null : TextArgument.word("zfs.list", name);
        return context.get().read(hv -> {
            Storage storage = hv.storage();
            if (root != null) {
                Datasets.openAny(storage, root);
            }
            List<ZfsDataset> found = new ArrayList<>();
            for (Dataset d : storage.datasets()) {
                if (types.contains(d.type()) && under(d.name(), root, recursive, types)) {
                    found.add(new ZfsDataset(d));
                }
            }
            return found;
        });
    }

    /**
     * Whether zfs list shows {@code name} for the operand {@code root}: the dataset itself, with
     * {@code recursive} its descendants and their snapshots, and when only snapshots are asked
     * for, its own snapshots (as OpenZFS's {@code zfs list -t snapshot FS} does).
     */
    private static boolean under(String name, String root, boolean recursive, Set<DatasetType> types) {
        if (root == null || name.equals(root)) {
            return true;
        }
        if (recursive) {
            return name.startsWith(root + "/") || name.startsWith(root + "@");
        }
        return types.equals(EnumSet.of(DatasetType.SNAPSHOT)) && name.startsWith(root + "@");
    }

    private static Set<DatasetType> types(NamedArguments args) {
        String type = args.text("type").orElse("filesystem,volume");
        Set<DatasetType> types = EnumSet.noneOf(DatasetType.class);
        for (String word : type.split(",")) {
            switch (word.strip()) {
                case "all" -> types.addAll(EnumSet.allOf(DatasetType.class));
                case "filesystem" -> types.add(DatasetType.FILESYSTEM);
                case "volume" -> types.add(DatasetType.VOLUME);
                case "snapshot", "snap" -> types.add(DatasetType.SNAPSHOT);
                default -> throw args.wrong("type", "filesystem, volume, snapshot or all", type);
            }
        }
        return types;
    }

    /** The dataset (or snapshot) named so, as it is now, or null if there is none. */
    public ZfsDataset dataset(Object name) {
        String text = TextArgument.word("zfs.dataset", name);
        return context.get().read(hv -> hv.storage().dataset(text).map(ZfsDataset::new).orElse(null));
    }

    /** {@code zfs get -Hp -o value PROPERTY NAME}: the property's parsable value (null for zfs's {@code -}). */
    public String get(Object name, Object property) {
        String text = TextArgument.word("zfs.get", name);
        String key = TextArgument.word("zfs.get", property);
        return context.get().read(hv -> new ZfsDataset(Datasets.openAny(hv.storage(), text)).getAt(key));
    }

    // ---- changing -----------------------------------------------------------------------------

    /** {@code zfs set PROPERTY=VALUE NAME}. */
    public void set(Object name, Object property, Object value) {
        String text = TextArgument.word("zfs.set", name);
        String key = TextArgument.word("zfs.set", property);
        String v = value instanceof Size size ? Long.toString(size.bytes()) : TextArgument.word("zfs.set", value);
        run(CommandText.of("zfs", "set", key + "=" + v, text), new ZfsSet(key, v, List.of(text)), storage -> null);
    }

    /** {@code zfs snapshot FS@SNAP}; returns the snapshot. */
    public ZfsDataset snapshot(Object name) {
        return snapshot(Map.of(), name);
    }

    /** {@code zfs snapshot [-r] FS@SNAP}: {@code recursive} snapshots the descendants too, at the same instant. */
    public ZfsDataset snapshot(@NamedParams({@NamedParam(value = "recursive", type = Boolean.class)}) Map<String, ?> options,
                               Object name) {
        List<ZfsDataset> taken = snapshot(options, List.of(name));
        return taken == null ? null : taken.get(0);
    }

    /** {@code zfs snapshot FS@SNAP...}: all at one instant, or none. */
    public List<ZfsDataset> snapshot(List<?> names) {
        return snapshot(Map.of(), names);
    }

    /** {@code zfs snapshot [-r] FS@SNAP...}. */
    public List<ZfsDataset> snapshot(@NamedParams({@NamedParam(value = "recursive", type = Boolean.class)}) Map<String, ?> options,
                                     List<?> names) {
        boolean recursive = named("snapshot", options).flag("recursive");
        List<String> texts = new ArrayList<>();
        names.forEach(n -> texts.add(TextArgument.word("zfs.snapshot", n)));
        CommandText line = CommandText.of("zfs", "snapshot").flag(recursive, "-r");
        texts.forEach(line::add);
        return run(line, new ZfsSnapshot(texts, recursive), storage -> {
            List<ZfsDataset> taken = new ArrayList<>();
            texts.forEach(t -> storage.dataset(t).map(ZfsDataset::new).ifPresent(taken::add));
            return taken;
        });
    }

    /** {@code zfs clone SNAPSHOT TARGET}; returns the clone. */
    public ZfsDataset clone(Object snapshot, Object target) {
        return clone(Map.of(), snapshot, target);
    }

    /** {@code zfs clone [-p] [-o PROP=VALUE]... SNAPSHOT TARGET}: {@code properties} a map. */
    public ZfsDataset clone(@NamedParams({
            @NamedParam(value = "properties", type = Map.class),
            @NamedParam(value = "parents", type = Boolean.class)}) Map<String, ?> options, Object snapshot, Object target) {
        NamedArguments args = named("clone", options);
        Map<String, String> properties = args.properties("properties");
        boolean parents = args.flag("parents");
        String from = TextArgument.word("zfs.clone", snapshot);
        String to = TextArgument.word("zfs.clone", target);
        CommandText line = CommandText.of("zfs", "clone").flag(parents, "-p");
        properties.forEach((k, v) -> line.add("-o").add(k + "=" + v));
        line.add(from).add(to);
        return run(line, new ZfsClone(from, to, properties, parents), storage -> dataset(storage, to));
    }

    /** {@code zfs create NAME}: a filesystem. */
    public ZfsDataset create(Object name) {
        return create(Map.of(), name);
    }

    /**
     * {@code zfs create [-p] [-s] [-V SIZE] [-o PROP=VALUE]... NAME}: with {@code volume} (a
     * Size, a number of MiB or zfs's text '10G') a volume of that size, else a filesystem.
     */
    public ZfsDataset create(@NamedParams({
            @NamedParam(value = "volume", type = Object.class),
            @NamedParam(value = "sparse", type = Boolean.class),
            @NamedParam(value = "parents", type = Boolean.class),
            @NamedParam(value = "properties", type = Map.class)}) Map<String, ?> options, Object name) {
        NamedArguments args = named("create", options);
        Long volume = args.value("volume").map(v -> SizeArgument.bytes("zfs.create", v)).orElse(null);
        boolean sparse = args.flag("sparse");
        if (sparse && volume == null) {
            throw new XshException("zfs.create: 'sparse' is for a volume: give its size as volume:", 1);
        }
        boolean parents = args.flag("parents");
        Map<String, String> properties = args.properties("properties");
        String text = TextArgument.word("zfs.create", name);
        CommandText line = CommandText.of("zfs", "create").flag(parents, "-p").flag(sparse, "-s");
        if (volume != null) {
            line.add("-V").add(volume);
        }
        properties.forEach((k, v) -> line.add("-o").add(k + "=" + v));
        line.add(text);
        return run(line, new ZfsCreate(text, volume, properties, parents, sparse), storage -> dataset(storage, text));
    }

    /** {@code zfs destroy NAME}. */
    public void destroy(Object name) {
        destroy(Map.of(), name);
    }

    /**
     * {@code zfs destroy [-r] [-R] NAME}: {@code recursive} its children and snapshots too,
     * {@code clones} (with recursive) the clones of its snapshots too.
     */
    public void destroy(@NamedParams({
            @NamedParam(value = "recursive", type = Boolean.class),
            @NamedParam(value = "clones", type = Boolean.class)}) Map<String, ?> options, Object name) {
        NamedArguments args = named("destroy", options);
        boolean clones = args.flag("clones");
        boolean recursive = args.flag("recursive") || clones;
        String text = TextArgument.word("zfs.destroy", name);
        CommandText line = CommandText.of("zfs", "destroy").flag(recursive && !clones, "-r").flag(clones, "-R").add(text);
        run(line, new ZfsDestroy(text, recursive, clones), storage -> null);
    }

    /** {@code zfs rollback SNAPSHOT}. */
    public void rollback(Object snapshot) {
        rollback(Map.of(), snapshot);
    }

    /** {@code zfs rollback [-r] SNAPSHOT}: {@code destroyLater} destroys the snapshots after it. */
    public void rollback(@NamedParams({@NamedParam(value = "destroyLater", type = Boolean.class)}) Map<String, ?> options,
                         Object snapshot) {
        boolean destroyLater = named("rollback", options).flag("destroyLater");
        String text = TextArgument.word("zfs.rollback", snapshot);
        run(CommandText.of("zfs", "rollback").flag(destroyLater, "-r").add(text), new ZfsRollback(text, destroyLater),
                storage -> null);
    }

    /** {@code zfs rename FROM TO}; returns the dataset under its new name. */
    public ZfsDataset rename(Object from, Object to) {
        return rename(Map.of(), from, to);
    }

    /**
     * {@code zfs rename [-p] [-r] FROM TO}: {@code parents} creates TO's parents, {@code recursive}
     * renames a snapshot of the descendants too.
     */
    public ZfsDataset rename(@NamedParams({
            @NamedParam(value = "parents", type = Boolean.class),
            @NamedParam(value = "recursive", type = Boolean.class)}) Map<String, ?> options, Object from, Object to) {
        NamedArguments args = named("rename", options);
        boolean parents = args.flag("parents");
        boolean recursive = args.flag("recursive");
        String old = TextArgument.word("zfs.rename", from);
        String name = TextArgument.word("zfs.rename", to);
        if (recursive && old.indexOf('@') < 0) {
            throw new StorageException("zfs.rename: 'recursive' is for a snapshot: " + old + " is not one", 1);
        }
        CommandText line = CommandText.of("zfs", "rename").flag(parents, "-p").flag(recursive, "-r").add(old).add(name);
        String renamed = name.startsWith("@") ? old.substring(0, old.indexOf('@')) + name : name;
        return run(line, new ZfsRename(old, name, parents, recursive), storage -> dataset(storage, renamed));
    }

    // ---- how calls are made -------------------------------------------------------------------

    private static NamedArguments named(String method, Map<String, ?> options) {
        return NamedArguments.of(ZfsCommands.class, method, "zfs." + method, options);
    }

    /** Runs {@code request} as a change; a dataset it could not change is zfs's message and exit code. */
    private <T> T run(CommandText line, ZfsRequest request, Function<Storage, T> result) {
        return context.get().change(line.toString(), hv -> {
            Storage storage = hv.storage();
            ZfsOutcome outcome = request.run(storage, ZfsStreams.none());
            if (!outcome.errors().isEmpty() || outcome.exitCode() != 0) {
                throw new StorageException(String.join("\n", outcome.errors()), Math.max(1, outcome.exitCode()));
            }
            return result.apply(storage);
        });
    }

    private static ZfsDataset dataset(Storage storage, String name) {
        return storage.dataset(name).map(ZfsDataset::new).orElse(null);
    }
}
