package xsh.hv.sim.build;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.cfg.disk.DiskBackendType;
import xsh.cfg.disk.DiskFormat;
import xsh.cfg.disk.DiskSpec;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.LogSite;
import xsh.hv.sim.storage.EmbeddedStorage;
import xsh.hv.sim.store.Tx;

/**
 * What a Dom0 checks on its own filesystem when it builds a guest: each disk's target and
 * the kernel and ramdisk. A path under {@code /dev/zvol/} is a zvol of the embedded host's
 * storage, a path under one of its filesystems' mountpoints a file in that filesystem; any
 * other path is a file on this machine.
 */
final class PathChecker {

    /** Where libxl (or libxc) logs these failures, for the xl front end. */
    private static final LogSite DISK_STAT = LogSite.libxl("libxl_device.c", 455, "libxl__device_disk_set_backend");
    private static final LogSite FILE_OPEN = LogSite.libxcPanic("xg_dom_core.c", 205);

    private PathChecker() {
    }

    /**
     * libxl stats a disk's target when it will pick the backend itself from the target (no
     * script, no driver domain, backend phy/standalone or unset); an empty cdrom has none.
     */
    static void checkDisks(Tx tx, List<DiskSpec> disks) {
        for (DiskSpec disk : disks) {
            if (disk.format() == DiskFormat.EMPTY || disk.target() == null || disk.target().isEmpty()) {
                continue;
            }
            boolean libxlStats = disk.script() == null && disk.backendDomain() == null
                    && (disk.backendType() == null || disk.backendType() == DiskBackendType.PHY
                        || disk.backendType() == DiskBackendType.STANDALONE);
            if (libxlStats && !exists(tx, disk.target())) {
                // libxl__device_disk_set_backend: LOGE(ERROR, "Disk vdev=%s failed to stat: %s", ...)
                throw new HvException(HvError.INVAL, DISK_STAT,
                        "Disk vdev=" + disk.vdev() + " failed to stat: " + disk.target() + ": No such file or directory");
            }
        }
    }

    /** libxc opens the kernel and ramdisk to load them; its panic names the file. */
    static void checkBootFiles(Tx tx, Optional<String> kernel, Optional<String> ramdisk) {
        for (Optional<String> file : List.of(kernel, ramdisk)) {
            if (file.isPresent() && !file.get().isEmpty() && !exists(tx, file.get())) {
                throw new HvException(HvError.FAIL, FILE_OPEN,
                        "failed to open file '" + file.get() + "': No such file or directory: Internal error");
            }
        }
    }

    static boolean exists(Tx tx, String path) {
        if (EmbeddedStorage.owns(tx, path)) {
            return EmbeddedStorage.exists(tx, path);
        }
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
