package xsh.toolstack.migrate.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import xsh.cfg.disk.DiskSpecException;
import xsh.cfg.disk.DiskSpecParser;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.write.ConfigEditor;
import xsh.hv.DomainDefinition;
import xsh.toolstack.vmcontrol.ConfigTyper;

/**
 * A received filesystem that mounts somewhere else than at the source (a replication stream
 * carries no properties, so a mountpoint set there is not set here): its disk files move
 * from the source's mountpoint to the target's. Volumes keep their names, and so their
 * {@code /dev/zvol} paths.
 *
 * @param from the source's mountpoint
 * @param to   the received filesystem's mountpoint here
 */
record MountMove(String from, String to) {

    /** A deprecated prefix a disk's target may carry; the rewrite keeps it where it is written. */
    private static final String PHY = "phy:";

    /** The target path of a file below {@code from}, below {@code to}. */
    Optional<String> apply(String path) {
        String prefix = from.endsWith("/") ? from : from + "/";
        if (!path.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of((to.endsWith("/") ? to : to + "/") + path.substring(prefix.length()));
    }

    /**
     * The definition with each disk below a moved mountpoint rewritten (the deepest
     * mountpoint wins: it holds the file); every other byte of its config kept. The same
     * definition when nothing moves.
     */
    static DomainDefinition apply(List<MountMove> moves, DomainDefinition definition) {
        if (moves.isEmpty()) {
            return definition;
        }
        List<MountMove> deepestFirst = new ArrayList<>(moves);
        deepestFirst.sort(Comparator.comparingInt((MountMove m) -> m.from().length()).reversed());
        ConfigEditor editor = ConfigEditor.of(definition.source());
        Optional<Setting> disks = editor.parsed().settings().get("disk");
        if (disks.isEmpty() || !(disks.get().value() instanceof ValueList list)) {
            return definition;
        }
        int rewritten = 0;
        for (int i = 0; i < list.size(); i++) {
            ConfigValue item = list.get(i);
            if (!(item instanceof Atom atom)) {
                continue;
            }
            Optional<String> moved = targetOf(atom.text()).flatMap(target -> moved(deepestFirst, target));
            if (moved.isPresent()) {
                editor.setDiskTarget(i, moved.get());
                rewritten++;
            }
        }
        if (rewritten == 0) {
            return definition;
        }
        return ConfigTyper.type(ConfigSource.of(definition.source().name(), editor.bytes())).definition();
    }

    private static Optional<String> moved(List<MountMove> deepestFirst, String target) {
        String path = target.startsWith(PHY) ? target.substring(PHY.length()) : target;
        return deepestFirst.stream().flatMap(m -> m.apply(path).stream()).findFirst();
    }

    /** A disk that does not parse is left as written: building the domain tells what is wrong with it. */
    private static Optional<String> targetOf(String spec) {
        try {
            return Optional.ofNullable(DiskSpecParser.parse(spec).target());
        } catch (DiskSpecException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
