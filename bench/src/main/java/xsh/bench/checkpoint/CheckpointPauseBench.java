package xsh.bench.checkpoint;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import xsh.cfg.source.ConfigSource;
import xsh.hv.Hypervisor;
import xsh.hv.sim.SimHosts;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointRequest;
import xsh.toolstack.checkpoint.CheckpointTaker;
import xsh.toolstack.checkpoint.SqliteCheckpointCatalog;
import xsh.toolstack.saverestore.ImageProgress;
import xsh.toolstack.vmcontrol.ConfigTyper;

/**
 * The pause window of a checkpoint of a 1 GiB guest on the embedded host, next to a plain
 * sequential copy of its image (the same bytes, on the same disk, synced as the image is):
 * what the disk allows for writing that much while the guest waits. Rounds alternate the two,
 * so both meet the same page cache and load; the medians and their ratio are printed. Files
 * live under {@code -Dxsh.bench.dir} (default the temporary directory).
 *
 * <p>Usage: {@code java -cp benchmarks.jar xsh.bench.checkpoint.CheckpointPauseBench [MiB] [rounds]}
 */
public final class CheckpointPauseBench {

    private CheckpointPauseBench() {
    }

    public static void main(String[] args) throws IOException {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path base = Path.of(System.getProperty("xsh.bench.dir", System.getProperty("java.io.tmpdir")));
        Path home = Files.createTempDirectory(base, "xsh-checkpoint-bench");
        try {
            run(home, mib, rounds);
        } finally {
            deleteTree(home);
        }
    }

    private static void run(Path home, int mib, int rounds) throws IOException {
        Path kernel = Files.writeString(home.resolve("vmlinuz"), "kernel");
        Path dir = home.resolve("checkpoints");
        List<Long> pauses = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        try (Hypervisor hv = new SimHosts(home).open("bench");
             SqliteCheckpointCatalog catalog = SqliteCheckpointCatalog.open(home.resolve("bench.db"), hv)) {
            hv.storage().createVolume("zroot/big", 1L << 30, java.util.Map.of(), false, true);
            String config = "name = \"big\"\ntype = \"pv\"\nkernel = \"" + kernel + "\"\nmemory = " + mib
                    + "\nvcpus = 2\ndisk = ['phy:/dev/zvol/zroot/big,xvda,w']\n";
            hv.create(ConfigTyper.type(ConfigSource.of("big.cfg", config.getBytes())).definition(), false);
            CheckpointTaker taker = new CheckpointTaker(hv, catalog);
            System.out.printf(Locale.ROOT, "guest: %d MiB, files in %s%n", mib, home);
            for (int round = 1; round <= rounds; round++) {
                Checkpoint c = taker.take(new CheckpointRequest("big", List.of(), dir), ImageProgress.NONE);
                long copyMs = copy(c.image(), home.resolve("copy"));
                pauses.add(c.pauseMillis());
                copies.add(copyMs);
                System.out.printf(Locale.ROOT, "round %d: image %.1f MiB, pause window %d ms, plain copy %d ms%n",
                        round, c.imageBytes() / 1048576.0, c.pauseMillis(), copyMs);
                catalog.delete(c.id());
            }
        }
        long pause = median(pauses);
        long copy = median(copies);
        System.out.printf(Locale.ROOT, "checkpoint of a %d MiB guest: pause window %d ms, plain copy %d ms, ratio %.2f "
                + "(target <= 1.20)%n", mib, pause, copy, (double) pause / copy);
    }

    /** A sequential copy of {@code from} to a new file, synced: ms. */
    private static long copy(Path from, Path to) throws IOException {
        Files.deleteIfExists(to);
        long start = System.nanoTime();
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Files.delete(to);
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
