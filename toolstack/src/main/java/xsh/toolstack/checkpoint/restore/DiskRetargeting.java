package xsh.toolstack.checkpoint.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.cfg.disk.DiskSpecException;
import xsh.cfg.disk.DiskSpecParser;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;
import xsh.cfg.write.ConfigEditor;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/**
 * Points a config's disks at the clones: a volume's {@code /dev/zvol/POOL/VOL} becomes the
 * clone's, and a file under a filesystem's mountpoint the same file under the clone's
 * mountpoint (the deepest mountpoint wins, as it holds the file). Disks elsewhere, and every
 * other byte of the config, stay as written.
 */
final class DiskRetargeting {

    static final String ZVOL_DIR = "/dev/zvol/";
    /** A deprecated prefix a target may still carry; the rewrite keeps it. */
    private static final String PHY = "phy:";

    /** Where an origin's disks live and where its clone's do: a volume's path, or a filesystem's directory. */
    private record Move(String from, String to, boolean directory) {

        Optional<String> apply(String target) {
            if (directory) {
                return target.startsWith(from) ? Optional.of(to + target.substring(from.length())) : Optional.empty();
            }
            return target.equals(from) ? Optional.of(to) : Optional.empty();
        }
    }

    private final List<Move> moves;

    private DiskRetargeting(List<Move> moves) {
        this.moves = moves;
    }

    /** The moves for clones already made, whose mountpoints the storage now knows. */
    static DiskRetargeting of(List<PlannedClone> clones, Storage storage) {
        List<Move> moves = new ArrayList<>();
        for (PlannedClone clone : clones) {
            Optional<Dataset> origin = storage.dataset(clone.origin());
            if (origin.isEmpty()) {
                continue;
            }
            if (origin.get().type() == DatasetType.VOLUME) {
                moves.add(new Move(ZVOL_DIR + clone.origin(), ZVOL_DIR + clone.target(), false));
            } else {
                Optional<String> from = mountpoint(origin.get());
                Optional<String> to = storage.dataset(clone.target()).flatMap(DiskRetargeting::mountpoint);
                if (from.isPresent() && to.isPresent()) {
                    moves.add(new Move(from.get(), to.get(), true));
                }
            }
        }
        // the deepest mountpoint first: it is the one that holds a file below both
        moves.sort((a, b) -> Integer.compare(b.from().length(), a.from().length()));
        return new DiskRetargeting(moves);
    }

    /** The directory files of a mounted filesystem sit in, with its trailing slash. */
    private static Optional<String> mountpoint(Dataset filesystem) {
        return filesystem.property("mountpoint")
                .filter(mp -> mp.startsWith("/"))
                .map(mp -> mp.endsWith("/") ? mp : mp + "/");
    }

    /** Rewrites each disk whose target is on a cloned dataset; returns how many it rewrote. */
    int apply(ConfigEditor editor) {
        Optional<Setting> disks = editor.parsed().settings().get("disk");
        if (disks.isEmpty() || !(disks.get().value() instanceof ValueList list)) {
            return 0;
        }
        int rewritten = 0;
        for (int i = 0; i < list.size(); i++) {
            ConfigValue item = list.get(i);
            if (!(item instanceof Atom atom)) {
                continue;
            }
            Optional<String> target = targetOf(atom.text()).flatMap(this::moved);
            if (target.isPresent()) {
                editor.setDiskTarget(i, target.get());
                rewritten++;
            }
        }
        return rewritten;
    }

    private Optional<String> moved(String target) {
        String path = target.startsWith(PHY) ? target.substring(PHY.length()) : target;
        return moves.stream().flatMap(move -> move.apply(path).stream()).findFirst();
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
