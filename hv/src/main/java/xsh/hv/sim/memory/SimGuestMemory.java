package xsh.hv.sim.memory;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import xsh.error.XshException;
import xsh.hv.GuestMemory;

/**
 * A simulated domain's memory as real bytes: a sparse data file in the domain's directory,
 * and a workload that dirties pages while the guest runs.
 *
 * <p>The workload is computed, not run: the host says how long the guest has run
 * ({@link #advanceTo}), and the pages written since the data file was last materialized,
 * with their contents, follow from the seed and the dirty rate ({@link DirtyWorkload},
 * {@link PageContent}). So an idle or merely listed domain costs nothing, and reading a
 * page costs about the same whenever it was written.
 *
 * <p>The data file is materialized when the memory is created or replaced
 * ({@link #readFrom}), not when it is read: writing the dirtied pages back on a save would
 * double the save's writes, and the state could claim them only after an fsync of the data
 * file; generating a page costs about what reading it does. While the data file holds the
 * boot image, even its pages are computed rather than read.
 *
 * <p>Every operation reads {@code memory.state} afresh, since another process may have
 * changed it; the host serialises processes. Every change on disk is atomic: a crash at any
 * instant leaves the memory as it was or as it was meant to become. An instance is for one
 * thread at a time.
 */
public final class SimGuestMemory implements GuestMemory {

    /** A guest doing ordinary work: a 1 GiB guest dirties about a quarter of its pages a minute. */
    public static final long DEFAULT_DIRTY_BYTES_PER_SECOND = 4L << 20;

    private final MemoryFiles files;
    private final MemoryStateFile stateFile;
    private final long sizeBytes;
    private long runningNanos;
    private CrashPoint.Hook crashes = CrashPoint.Hook.NONE;

    private SimGuestMemory(MemoryFiles files, long sizeBytes) {
        this.files = files;
        this.stateFile = new MemoryStateFile(files);
        this.sizeBytes = sizeBytes;
    }

    /**
     * A new memory of {@code sizeBytes} (a whole number of pages) in {@code directory},
     * holding the boot image, at running time 0. Refused if the directory already has one.
     */
    public static SimGuestMemory create(Path directory, long sizeBytes, long seed, long dirtyBytesPerSecond) {
        return create(directory, sizeBytes, seed, dirtyBytesPerSecond, CrashPoint.Hook.NONE);
    }

    /** {@link #create} stopping at {@code crashes}' points, for the specs. */
    static SimGuestMemory create(Path directory, long sizeBytes, long seed, long dirtyBytesPerSecond,
            CrashPoint.Hook crashes) {
        MemoryState state = MemoryState.fresh(sizeBytes, seed, dirtyBytesPerSecond);
        MemoryFiles files = new MemoryFiles(directory);
        SimGuestMemory memory = new SimGuestMemory(files, sizeBytes);
        memory.crashWith(crashes);
        if (memory.stateFile.exists()) {
            throw new XshException("guest memory already exists in " + directory, 1);
        }
        Path data = files.data(state.dataGeneration());
        try {
            Files.createDirectories(directory);
            files.removeLeftovers(data); // of a create or delete that crashed half-way
            BootImage.write(data, seed, state.pages());
            Durability.syncDirectory(directory);
        } catch (IOException e) {
            throw new XshException("cannot create guest memory " + data + ": " + e.getMessage(), 1, e);
        }
        memory.crashes.reached(CrashPoint.DATA_FILE_WRITTEN);
        memory.stateFile.write(state, memory.crashes);
        return memory;
    }

    /** The memory in {@code directory}, at the running time it was last taken to. */
    public static SimGuestMemory open(Path directory) {
        MemoryFiles files = new MemoryFiles(directory);
        MemoryState state = new MemoryStateFile(files).read();
        SimGuestMemory memory = new SimGuestMemory(files, state.sizeBytes());
        memory.checkDataFile(state);
        return memory;
    }

    /**
     * The guest has now run {@code runningNanos} in total, paused time excluded. Costs
     * nothing: the workload up to that point is computed when pages are read. A time before
     * one already given means the latest one given.
     */
    public void advanceTo(long runningNanos) {
        if (runningNanos < 0) {
            throw new IllegalArgumentException("running time is never negative: " + runningNanos);
        }
        this.runningNanos = Math.max(this.runningNanos, runningNanos);
    }

    /** From {@code runningNanos} on, the workload dirties {@code bytesPerSecond} of running. */
    public void setDirtyRate(long bytesPerSecond, long runningNanos) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("a dirty rate is never negative: " + bytesPerSecond);
        }
        advanceTo(runningNanos);
        MemoryState state = stateFile.read();
        long reached = state.positionAt(this.runningNanos) * PAGE_SIZE;
        DirtySchedule schedule = state.schedule().withRate(bytesPerSecond, this.runningNanos, reached);
        stateFile.write(state.withSchedule(schedule), crashes);
    }

    /** The current dirty rate, bytes per second of running. */
    public long dirtyRate() {
        return stateFile.read().schedule().bytesPerSecond();
    }

    /** Removes the memory's files; the directory stays, since it is the domain's. */
    public void delete() {
        try {
            Files.deleteIfExists(files.state()); // first: without a state there is no memory, whatever is left
            Durability.syncDirectory(files.directory());
            crashes.reached(CrashPoint.STATE_DELETED);
            files.removeLeftovers(null);
        } catch (NoSuchFileException e) {
            // the directory is already gone
        } catch (IOException e) {
            throw new XshException("cannot delete guest memory in " + files.directory() + ": " + e.getMessage(), 1, e);
        }
    }

    @Override
    public long sizeBytes() {
        return sizeBytes;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        MemoryState state = stateFile.read();
        try (Reading reading = new Reading(state)) {
            PageSink sink = PageSink.to(out);
            try {
                reading.streamer.writeRange(0, state.pages(), sink);
                sink.finish();
            } finally {
                sink.abandon();
            }
        }
    }

    @Override
    public void writePagesTo(BitSet pages, OutputStream out) throws IOException {
        MemoryState state = stateFile.read();
        if (pages.length() > state.pages()) {
            throw new IllegalArgumentException("page " + (pages.length() - 1) + " is beyond the memory's "
                    + state.pages() + " pages");
        }
        try (Reading reading = new Reading(state)) {
            PageSink sink = PageSink.to(out);
            try {
                reading.streamer.writeSelected(pages, sink);
                sink.finish();
            } finally {
                sink.abandon();
            }
        }
    }

    @Override
    public BitSet dirtiedSinceLastRound() {
        MemoryState state = stateFile.read();
        long position = state.positionAt(runningNanos);
        BitSet dirtied = dirtiedBetween(state, position);
        if (position != state.roundAt()) {
            stateFile.write(state.withRoundAt(position), crashes);
        }
        return dirtied;
    }

    /** Nothing is written: the state is read once, the pages computed. */
    @Override
    public BitSet dirtiedWithoutNewRound() {
        MemoryState state = stateFile.read();
        return dirtiedBetween(state, state.positionAt(runningNanos));
    }

    private static BitSet dirtiedBetween(MemoryState state, long position) {
        if (state.roundAt() == MemoryState.NO_ROUND) {
            BitSet all = new BitSet(state.pages());
            all.set(0, state.pages());
            return all;
        }
        return new DirtyWorkload(state.seed(), state.pages()).pagesWrittenBetween(state.roundAt(), position);
    }

    /**
     * Replaces the whole memory with the next {@link #sizeBytes()} bytes of {@code in}. The
     * image goes to a new data file, which the state then names in one atomic step; the
     * workload continues from the restored pages, and the next round returns every page.
     * A stream that ends early changes nothing.
     */
    @Override
    public void readFrom(InputStream in) throws IOException {
        MemoryState state = stateFile.read();
        MemoryState restored = state.restoredAt(state.positionAt(runningNanos));
        Path data = files.data(restored.dataGeneration());
        try {
            SparseImageWriter.write(in, data, sizeBytes);
        } catch (IOException e) {
            Files.deleteIfExists(data);
            throw e;
        }
        Durability.syncDirectory(files.directory());
        crashes.reached(CrashPoint.DATA_FILE_WRITTEN);
        stateFile.write(restored, crashes);
        crashes.reached(CrashPoint.STATE_REPLACED);
        files.removeLeftovers(data);
    }

    /**
     * Replaces the whole memory with zeros, as a migration's receiver starts it: a new data
     * file that is one hole, which the state then names; the next round returns every page.
     */
    public void replaceWithZeros() {
        MemoryState state = stateFile.read();
        MemoryState zeroed = state.restoredAt(state.positionAt(runningNanos));
        Path data = files.data(zeroed.dataGeneration());
        try {
            try (RandomAccessFile raf = new RandomAccessFile(data.toFile(), "rw")) {
                raf.setLength(0);
                raf.setLength(sizeBytes);
            }
            Durability.syncDirectory(files.directory());
        } catch (IOException e) {
            throw new XshException("cannot create guest memory " + data + ": " + e.getMessage(), 1, e);
        }
        stateFile.write(zeroed, crashes);
        try {
            files.removeLeftovers(data);
        } catch (IOException e) {
            // an older generation left behind costs disk space, nothing else: the state names the new one
        }
    }

    /**
     * Writes the pages in place in the data file, which is exact only while the guest has not
     * run since it was materialized (a migration's receiver fills a domain that never ran):
     * refused otherwise, and refused while the data file is the boot image, whose pages are
     * computed rather than read. The pages reach the page cache; {@link #sync} makes them
     * durable (a sync per record would make a migration's rounds wait on the disk).
     */
    @Override
    public void readPagesFrom(BitSet pages, InputStream in) throws IOException {
        MemoryState state = stateFile.read();
        if (pages.length() > state.pages()) {
            throw new IllegalArgumentException("page " + (pages.length() - 1) + " is beyond the memory's "
                    + state.pages() + " pages");
        }
        if (state.dataIsBootImage() || state.positionAt(runningNanos) != state.materializedAt()) {
            throw new IllegalStateException("pages can be written in place only into a memory that has not run");
        }
        byte[] chunk = new byte[PageSink.CHUNK_BYTES];
        int chunkPages = chunk.length / PAGE_SIZE;
        Path data = files.data(state.dataGeneration());
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.WRITE)) {
            for (int start = pages.nextSetBit(0); start >= 0; start = pages.nextSetBit(start)) {
                int end = pages.nextClearBit(start);
                for (int page = start; page < end; page += chunkPages) {
                    int count = Math.min(chunkPages, end - page);
                    int length = count * PAGE_SIZE;
                    if (in.readNBytes(chunk, 0, length) < length) {
                        throw new EOFException("the pages ended before page " + page + " was whole");
                    }
                    ByteBuffer run = ByteBuffer.wrap(chunk, 0, length);
                    long at = (long) page * PAGE_SIZE;
                    while (run.hasRemaining()) {
                        at += channel.write(run, at);
                    }
                }
                start = end;
            }
        }
    }

    /** The data file the pages were written in place into, synced. */
    @Override
    public void sync() throws IOException {
        try (FileChannel channel = FileChannel.open(files.data(stateFile.read().dataGeneration()),
                StandardOpenOption.WRITE)) {
            channel.force(false);
        }
    }

    /** For the specs: stop operations at {@code point} as a crash would. */
    void crashWith(CrashPoint.Hook hook) {
        this.crashes = hook;
    }

    private void checkDataFile(MemoryState state) {
        Path data = files.data(state.dataGeneration());
        try {
            long length = Files.size(data);
            if (length != state.sizeBytes()) {
                throw new XshException("guest memory data file " + data + " has " + length + " bytes, not "
                        + state.sizeBytes(), 1);
            }
        } catch (IOException e) {
            throw new XshException("cannot read guest memory data file " + data + ": " + e.getMessage(), 1, e);
        }
    }

    /** The data file open for one read of pages at the current position. */
    private final class Reading implements AutoCloseable {
        final FileChannel channel;
        final PageStreamer streamer;

        Reading(MemoryState state) throws IOException {
            checkDataFile(state);
            Path data = files.data(state.dataGeneration());
            long position = state.positionAt(runningNanos);
            DirtyWorkload workload = new DirtyWorkload(state.seed(), state.pages());
            BitSet generated = workload.pagesWrittenBetween(state.materializedAt(), position);
            channel = FileChannel.open(data, StandardOpenOption.READ);
            streamer = new PageStreamer(channel, data, state.dataIsBootImage(), state.seed(), workload, position,
                    generated);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
