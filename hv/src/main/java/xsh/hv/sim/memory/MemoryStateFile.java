package xsh.hv.sim.memory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import xsh.error.XshException;

/**
 * {@code memory.state}: a few {@code key value} lines in a fixed order, closed by a CRC-32
 * of everything before it, so a torn or truncated file is told apart from a valid one.
 * Replaced atomically: the new text goes to {@code memory.state.tmp}, is synced, renamed
 * over the old file, and the directory is synced, so a crash leaves the old state or the
 * new one.
 */
final class MemoryStateFile {

    static final String MAGIC = "xsh-guest-memory 1";
    private static final List<String> KEYS = List.of("size-bytes", "seed", "data-generation",
            "rate-since-nanos", "rate-since-bytes", "rate-bytes-per-second", "materialized-at", "round-at");
    private static final String CHECKSUM_KEY = "crc32";
    private static final String NO_ROUND = "none";

    private final MemoryFiles files;

    MemoryStateFile(MemoryFiles files) {
        this.files = files;
    }

    boolean exists() {
        return Files.exists(files.state());
    }

    MemoryState read() {
        Path path = files.state();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new XshException("no guest memory in " + files.directory() + " (" + path + " is missing)", 1, e);
        } catch (IOException e) {
            throw new XshException("cannot read guest memory state " + path + ": " + e.getMessage(), 1, e);
        }
        return parse(path, new String(bytes, StandardCharsets.UTF_8));
    }

    void write(MemoryState state, CrashPoint.Hook crashes) {
        byte[] text = format(state).getBytes(StandardCharsets.UTF_8);
        Path temp = files.stateTemp();
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(text);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            crashes.reached(CrashPoint.STATE_TEMP_WRITTEN);
            Files.move(temp, files.state(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Durability.syncDirectory(files.directory());
        } catch (IOException e) {
            throw new XshException("cannot write guest memory state " + files.state() + ": " + e.getMessage(), 1, e);
        }
    }

    static String format(MemoryState state) {
        DirtySchedule schedule = state.schedule();
        List<String> values = List.of(Long.toString(state.sizeBytes()), Long.toString(state.seed()),
                Long.toString(state.dataGeneration()), Long.toString(schedule.sinceNanos()),
                Long.toString(schedule.sinceBytes()), Long.toString(schedule.bytesPerSecond()),
                Long.toString(state.materializedAt()),
                state.roundAt() == MemoryState.NO_ROUND ? NO_ROUND : Long.toString(state.roundAt()));
        StringBuilder text = new StringBuilder(MAGIC).append('\n');
        for (int i = 0; i < KEYS.size(); i++) {
            text.append(KEYS.get(i)).append(' ').append(values.get(i)).append('\n');
        }
        String checksum = checksum(text);
        return text.append(CHECKSUM_KEY).append(' ').append(checksum).append('\n').toString();
    }

    static MemoryState parse(Path path, String text) {
        int checksumAt = text.lastIndexOf('\n' + CHECKSUM_KEY + ' ');
        if (checksumAt < 0 || !text.endsWith("\n")) {
            throw damaged(path, "truncated (no checksum line)");
        }
        String body = text.substring(0, checksumAt + 1);
        String recorded = text.substring(checksumAt + 1 + CHECKSUM_KEY.length() + 1, text.length() - 1);
        if (!recorded.equals(checksum(body))) {
            throw damaged(path, "damaged (checksum " + recorded + " does not match its content)");
        }
        String[] lines = body.split("\n");
        if (lines.length != KEYS.size() + 1 || !lines[0].equals(MAGIC)) {
            throw damaged(path, "not a guest memory state of this version (expected '" + MAGIC + "' and "
                    + KEYS.size() + " settings)");
        }
        long[] values = new long[KEYS.size()];
        for (int i = 0; i < KEYS.size(); i++) {
            values[i] = value(path, lines[i + 1], KEYS.get(i));
        }
        try {
            return new MemoryState(values[0], values[1], values[2], new DirtySchedule(values[3], values[4], values[5]),
                    values[6], values[7]);
        } catch (IllegalArgumentException e) {
            throw damaged(path, "inconsistent: " + e.getMessage());
        }
    }

    private static long value(Path path, String line, String key) {
        if (!line.startsWith(key + ' ')) {
            throw damaged(path, "damaged (expected '" + key + "', found '" + line + "')");
        }
        String value = line.substring(key.length() + 1);
        if (key.equals("round-at") && value.equals(NO_ROUND)) {
            return MemoryState.NO_ROUND;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw damaged(path, "damaged (" + key + " '" + value + "' is not a number)");
        }
    }

    private static String checksum(CharSequence text) {
        CRC32 crc = new CRC32();
        crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static XshException damaged(Path path, String why) {
        return new XshException("guest memory state " + path + " is " + why, 1);
    }
}
