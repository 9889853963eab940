package xsh.toolstack.checkpoint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import xsh.cfg.disk.DiskSpec;
import xsh.cfg.domain.DomainConfig;
import xsh.hv.storage.Dataset;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;

/**
 * The datasets holding a domain's disks, which a checkpoint snapshots: a volume a disk names
 * ({@code /dev/zvol/POOL/VOL}, also as {@code phy:}), and for a disk that is a file, the
 * mounted filesystem whose mountpoint is the longest prefix of its path. Disks elsewhere (an
 * LVM volume, a file outside ZFS) are not on ZFS and have no dataset; cdroms are not the
 * guest's state.
 */
public final class DiskDatasets {

    static final String ZVOL_DIR = "/dev/zvol/";

    private DiskDatasets() {
    }

    /** The datasets, each once, in the order of the disks. */
    public static List<String> of(DomainConfig config, Storage storage) {
        List<Dataset> all = null;
        Set<String> found = new LinkedHashSet<>();
        for (DiskSpec disk : config.disks()) {
            if (disk.cdrom() || disk.target() == null || disk.target().isEmpty()) {
                continue;
            }
            String path = disk.target().startsWith("phy:") ? disk.target().substring(4) : disk.target();
            if (path.startsWith(ZVOL_DIR)) {
                String volume = path.substring(ZVOL_DIR.length());
                if (storage.dataset(volume).filter(d -> d.type() == DatasetType.VOLUME).isPresent()) {
                    found.add(volume);
                }
            } else if (path.startsWith("/")) {
                if (all == null) {
                    all = storage.datasets();
                }
                fileSystemHolding(path, all).ifPresent(found::add);
            }
        }
        return new ArrayList<>(found);
    }

    /** The mounted filesystem whose mountpoint is the longest prefix of {@code path}. */
    static Optional<String> fileSystemHolding(String path, List<Dataset> datasets) {
        String best = null;
        int bestLength = -1;
        for (Dataset d : datasets) {
            if (d.type() != DatasetType.FILESYSTEM || d.property("canmount").orElse("on").equals("off")) {
                continue;
            }
            String mountpoint = d.property("mountpoint").orElse("-");
            if (!mountpoint.startsWith("/")) {
                continue; // none, legacy: not mounted where a path could reach it
            }
            String prefix = mountpoint.equals("/") ? "/" : mountpoint + "/";
            if (path.startsWith(prefix) && mountpoint.length() > bestLength) {
                best = d.name();
                bestLength = mountpoint.length();
            }
        }
        return Optional.ofNullable(best);
    }
}
