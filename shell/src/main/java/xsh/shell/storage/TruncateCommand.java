package xsh.shell.storage;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.hv.storage.Storage;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.zfs.ZfsSizes;

/**
 * {@code truncate -s SIZE FILE...}: the Handbook's way to make a guest's disk image, on the
 * host's storage. On the embedded host a file inside a dataset exists only in the host's
 * ZFS, so the machine's own truncate cannot make it; this one can, and a snapshot of the
 * dataset then holds the disk.
 */
@ChangesState
@Command(name = "truncate", mixinStandardHelpOptions = true,
        description = {
            "Make each FILE, inside a mounted ZFS filesystem of the host, SIZE bytes long (sparse), "
                + "or resize it, as truncate(1) does.",
            "Example: zfs create tank/vm; truncate -s 20G /tank/vm/disk0.img",
        })
public final class TruncateCommand implements Callable<Integer> {

    @Option(names = {"-s", "--size"}, required = true, paramLabel = "SIZE",
            description = "The new size: bytes, or with a suffix K, M, G, T (powers of 1024).")
    String size;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Paths inside mounted filesystems of the host.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long bytes = bytes(size);
        try (Hypervisor hv = XshCommand.of(spec).openHost()) {
            Storage storage = hv.storage();
            for (String file : files) {
                storage.createFile(file, bytes);
            }
        }
        return 0;
    }

    private static long bytes(String size) {
        try {
            return ZfsSizes.parse(size);
        } catch (IllegalArgumentException e) {
            throw new XshException("truncate: invalid number: '" + size + "'", 1);
        }
    }
}
