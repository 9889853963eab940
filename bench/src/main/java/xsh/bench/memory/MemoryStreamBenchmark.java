package xsh.bench.memory;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import xsh.hv.sim.memory.SimGuestMemory;

/**
 * Streams a simulated guest's whole memory to a file ({@code xl save}'s bulk), next to
 * copying a file of the same size and content on the same disk, in one run: the copy is
 * what the disk and page cache allow, the stream should come close. Scores are ms per
 * image; MB/s = size / score. The files live under {@code -Dxsh.bench.dir} (default the
 * temporary directory), one disk for all of them.
 *
 * <p>{@code origin}: the guest booted ({@code boot}: its unwritten pages are zeros and a few
 * patterned pages, computed) or was restored from an image of random bytes
 * ({@code restored}: its unwritten pages are read from the data file). {@code runningSeconds}:
 * how long it has run since, at the default dirty rate: 0 writes no page, 30 about half of
 * them (of 256 MiB at 4 MiB/s), 600 every page. Each image is taken {@link #STEP_NANOS} of
 * running after the previous one, as from a live guest, yet close enough that a run of a few
 * hundred images stays at the parameter's state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class MemoryStreamBenchmark {

    private static final long SECOND = 1_000_000_000L;
    private static final long STEP_NANOS = 10_000_000L;

    @Param("256")
    public int sizeMib;

    @Param({"boot", "restored"})
    public String origin;

    @Param({"0", "30", "600"})
    public int runningSeconds;

    private Path workDir;
    private SimGuestMemory memory;
    private long runningNanos;
    private Path sameContent;
    private Path streamTarget;
    private Path copyTarget;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path base = Path.of(System.getProperty("xsh.bench.dir", System.getProperty("java.io.tmpdir")));
        workDir = Files.createTempDirectory(base, "xsh-memory-bench");
        memory = SimGuestMemory.create(workDir.resolve("guest"), (long) sizeMib << 20, 42,
                SimGuestMemory.DEFAULT_DIRTY_BYTES_PER_SECOND);
        if (origin.equals("restored")) {
            memory.readFrom(new RandomBytes((long) sizeMib << 20, 7));
        }
        runningNanos = runningSeconds * SECOND;
        memory.advanceTo(runningNanos);
        sameContent = workDir.resolve("image-to-copy");
        try (OutputStream out = new FileOutputStream(sameContent.toFile())) {
            memory.writeTo(out);
        }
        streamTarget = workDir.resolve("streamed");
        copyTarget = workDir.resolve("copied");
        System.out.printf("%nguest memory: %d MiB = %.1f MB, %s, then %d s of running at %d MiB/s, files in %s%n",
                sizeMib, sizeMib * 1.048576, origin, runningSeconds,
                SimGuestMemory.DEFAULT_DIRTY_BYTES_PER_SECOND >> 20, workDir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public void streamMemoryToFile() throws IOException {
        runningNanos += STEP_NANOS;
        memory.advanceTo(runningNanos);
        Files.deleteIfExists(streamTarget); // as the copy replaces its target: a new file each time
        try (OutputStream out = new FileOutputStream(streamTarget.toFile())) {
            memory.writeTo(out);
        }
    }

    @Benchmark
    public void copyFile() throws IOException {
        Files.copy(sameContent, copyTarget, StandardCopyOption.REPLACE_EXISTING);
    }
}
