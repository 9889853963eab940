package xsh.toolstack.migrate.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import xsh.error.XshException;
import xsh.hv.storage.DatasetType;
import xsh.toolstack.migrate.XshRecordTypes;

/**
 * The storage records of a migration stream and their bodies. A migration with storage
 * sends one {@link #PLAN} first, then for each dataset in the plan's order a replication
 * stream as {@link #BEGIN}, any number of {@link #DATA} chunks and {@link #END}: whole ones
 * while the guest runs, incremental ones during the stop-and-copy.
 *
 * <pre>
 * PLAN   byte version, int count, then per dataset: UTF name, UTF type (zfs's word),
 *        UTF mountpoint at the source ("" for a volume or an unmounted filesystem)
 * BEGIN  byte version, UTF dataset, UTF snapshot (DATASET@SNAP), UTF base snapshot ("" for a whole stream)
 * DATA   the stream's next bytes, as they are
 * END    byte version, long the stream's length in bytes
 * </pre>
 * Integers are big-endian and UTF is modified UTF-8, as {@link DataOutputStream} writes them.
 */
final class StorageRecords {

    static final int PLAN = XshRecordTypes.STORAGE_FIRST;
    static final int BEGIN = XshRecordTypes.STORAGE_FIRST + 1;
    static final int DATA = XshRecordTypes.STORAGE_FIRST + 2;
    static final int END = XshRecordTypes.STORAGE_FIRST + 3;

    private static final int VERSION = 1;

    /** One dataset the migration moves, as the source has it. */
    record Planned(String dataset, DatasetType type, String mountpoint) {
    }

    /** The start of one dataset's replication stream. */
    record Begin(String dataset, String snapshot, String base) {
        boolean incremental() {
            return !base.isEmpty();
        }
    }

    private StorageRecords() {
    }

    static byte[] plan(List<Planned> datasets) {
        return body(out -> {
            out.writeInt(datasets.size());
            for (Planned p : datasets) {
                out.writeUTF(p.dataset());
                out.writeUTF(p.type().word());
                out.writeUTF(p.mountpoint());
            }
        });
    }

    static List<Planned> readPlan(byte[] body) {
        return read("PLAN", body, in -> {
            int count = in.readInt();
            if (count < 0 || count > body.length) {
                throw new IOException("bad count " + count);
            }
            List<Planned> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(new Planned(in.readUTF(), type(in.readUTF()), in.readUTF()));
            }
            return out;
        });
    }

    static byte[] begin(Begin begin) {
        return body(out -> {
            out.writeUTF(begin.dataset());
            out.writeUTF(begin.snapshot());
            out.writeUTF(begin.base());
        });
    }

    static Begin readBegin(byte[] body) {
        return read("BEGIN", body, in -> new Begin(in.readUTF(), in.readUTF(), in.readUTF()));
    }

    static byte[] end(long streamBytes) {
        return body(out -> out.writeLong(streamBytes));
    }

    static long readEnd(byte[] body) {
        return read("END", body, DataInputStream::readLong);
    }

    /** A record name for messages: {@code PLAN}, or the type in hexadecimal when it is none of these. */
    static String name(int type) {
        return switch (type - XshRecordTypes.STORAGE_FIRST) {
            case 0 -> "PLAN";
            case 1 -> "BEGIN";
            case 2 -> "DATA";
            case 3 -> "END";
            default -> String.format("0x%08x", type);
        };
    }

    private static DatasetType type(String word) throws IOException {
        for (DatasetType t : DatasetType.values()) {
            if (t.word().equals(word) && t != DatasetType.SNAPSHOT) {
                return t;
            }
        }
        throw new IOException("bad dataset type '" + word + "'");
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] body(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /** Reads a whole body; anything short, long or of another version is a broken stream. */
    private static <T> T read(String what, byte[] body, Reader<T> reader) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IOException("version " + version + ", this xsh reads version " + VERSION);
            }
            T value = reader.read(in);
            if (in.available() != 0) {
                throw new IOException(in.available() + " bytes too many");
            }
            return value;
        } catch (IOException e) {
            throw new XshException("migration target: the storage " + what + " record is malformed ("
                    + (e.getMessage() == null ? "cut short" : e.getMessage()) + ")", 1);
        }
    }
}
