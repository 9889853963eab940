package xsh.hv.sim.storage;

import java.util.List;
import java.util.Optional;
import xsh.hv.sim.store.HostStore;
import xsh.hv.sim.store.Tx;

/**
 * The embedded host's ZFS, as far as the hypervisor side needs it: which pools exist and
 * whether a zvol's device node {@code /dev/zvol/POOL/VOL} exists. Storage commands (create,
 * snapshot, clone) come later and will fill the same tables.
 *
 * <p>Paths under {@code /dev/zvol/} belong to the embedded host: they are answered from its
 * state, never from this machine's {@code /dev}.
 */
public final class EmbeddedStorage {

    public static final String ZVOL_DIR = "/dev/zvol/";

    private final HostStore store;

    public EmbeddedStorage(HostStore store) {
        this.store = store;
    }

    public List<String> pools() {
        return store.read(ZfsTables::pools);
    }

    /** Whether {@code path} names an existing zvol of this host. */
    public boolean zvolExists(String path) {
        return store.read(tx -> zvolExists(tx, path));
    }

    public static boolean isZvolPath(String path) {
        return path.startsWith(ZVOL_DIR);
    }

    /** The same, within a transaction: for create, which checks disks as part of itself. */
    public static boolean zvolExists(Tx tx, String path) {
        return poolAndVolume(path).filter(pv -> ZfsTables.zvolExists(tx, pv[0], pv[1])).isPresent();
    }

    /** {@code /dev/zvol/tank/vm/disk0} → {@code tank}, {@code vm/disk0}. */
    static Optional<String[]> poolAndVolume(String path) {
        if (!isZvolPath(path)) {
            return Optional.empty();
        }
        String rest = path.substring(ZVOL_DIR.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new String[] {rest.substring(0, slash), rest.substring(slash + 1)});
    }
}
