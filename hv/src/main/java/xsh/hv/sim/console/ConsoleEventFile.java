package xsh.hv.sim.console;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.error.XshException;

/**
 * {@code console.events}: what the host appended to a console, one event per line, so an
 * event is written whole or not at all: {@code NANOS TAB KIND TAB LINE (TAB LINE)…}, KIND
 * being a {@link ConsoleEvent} or {@code LINE} for a line of the host's own. A crash during
 * an append leaves a last line without its newline; reading ignores it and the next append
 * cuts it off first.
 */
final class ConsoleEventFile {

    static final String FILE_NAME = "console.events";
    private static final String FREE_LINE = "LINE";

    /** One appended event: when, which (empty for a line of the host's own), and its lines. */
    record Entry(long atNanos, Optional<ConsoleEvent> event, List<String> lines) {
        Entry {
            lines = List.copyOf(lines);
        }
    }

    private final Path file;

    ConsoleEventFile(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    Path path() {
        return file;
    }

    List<Entry> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new XshException("cannot read console log " + file + ": " + e.getMessage(), 1, e);
        }
        String text = new String(bytes, 0, completeLength(bytes), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (!line.isEmpty()) {
                entries.add(parse(line, lineNumber));
            }
        }
        return entries;
    }

    void append(Entry entry) {
        StringBuilder record = new StringBuilder().append(entry.atNanos()).append('\t')
                .append(entry.event().map(Enum::name).orElse(FREE_LINE));
        for (String line : entry.lines()) {
            record.append('\t').append(line.replaceAll("[\t\r\n]", " "));
        }
        byte[] bytes = record.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long end = completeLength(channel);
                channel.truncate(end); // a torn record of a crashed append
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    end += channel.write(buffer, end);
                }
                channel.force(true);
            }
            if (created) {
                syncDirectory(file.getParent());
            }
        } catch (IOException e) {
            throw new XshException("cannot append to console log " + file + ": " + e.getMessage(), 1, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new XshException("cannot delete console log " + file + ": " + e.getMessage(), 1, e);
        }
    }

    private Entry parse(String line, int lineNumber) {
        String[] fields = line.split("\t", -1);
        try {
            long at = Long.parseLong(fields[0]);
            Optional<ConsoleEvent> event = fields[1].equals(FREE_LINE) ? Optional.empty()
                    : Optional.of(ConsoleEvent.valueOf(fields[1]));
            return new Entry(at, event, Arrays.asList(fields).subList(2, fields.length));
        } catch (RuntimeException e) {
            throw new XshException("console log " + file + " is damaged at line " + lineNumber + ": " + line, 1, e);
        }
    }

    /** The bytes up to and including the last newline. */
    private static int completeLength(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    private static long completeLength(FileChannel channel) throws IOException {
        ByteBuffer all = ByteBuffer.allocate((int) channel.size()); // a console's events: a few kilobytes
        while (all.hasRemaining() && channel.read(all, all.position()) >= 0) {
            // read it all
        }
        return completeLength(Arrays.copyOf(all.array(), all.position()));
    }

    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
