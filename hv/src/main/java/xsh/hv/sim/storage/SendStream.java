package xsh.hv.sim.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;

/**
 * The embedded storage's replication stream, what {@code zfs send} writes and
 * {@code zfs recv} reads. Not ZFS's format (a real zfs cannot read it, nor this one a real
 * zfs's): the same idea, smaller.
 *
 * <pre>
 * magic    8 bytes   "XSHZSND" 0x01 (the last byte is the format version)
 * header   UTF  type           FILESYSTEM or VOLUME
 *          UTF  snapshot       the snapshot sent, fs@snap
 *          long guid           its guid, which the received snapshot keeps
 *          UTF  from           an incremental stream's base snapshot, "" for a full stream
 *          long fromGuid       the base's guid (0 for a full stream)
 *          int  blockSize      recordsize or volblocksize
 * records  byte tag, then
 *          'O'  long obj, UTF path, long size      the object exists with this size
 *          'X'  long obj                            the object is gone
 *          'W'  long obj, long blkid, int n, n bytes   a block (its trailing zeros left out)
 *          'F'  long obj, long blkid                the block is a hole
 *          'E'                                      the end
 * trailer  32 bytes  SHA-256 of every byte before it
 * </pre>
 * Integers are big-endian and UTF is modified UTF-8, as {@link DataOutputStream} writes them.
 * A receiver reads and checks the whole stream before it changes anything.
 */
final class SendStream {

    static final byte[] MAGIC = {'X', 'S', 'H', 'Z', 'S', 'N', 'D', 1};

    /** The size of zfs's dmu_replay_record, which zfs recv reads before it looks at anything. */
    static final int ZFS_BEGIN_RECORD_BYTES = 312;
    private static final int DIGEST_BYTES = 32;

    /** One change a stream carries. */
    sealed interface Change permits ObjectSize, ObjectGone, BlockData, BlockHole {
    }

    record ObjectSize(long obj, String path, long size) implements Change {
    }

    record ObjectGone(long obj) implements Change {
    }

    record BlockData(long obj, long blkid, byte[] data) implements Change {
    }

    record BlockHole(long obj, long blkid) implements Change {
    }

    /** A whole, checked stream. */
    record Parsed(DatasetType type, String snapshot, long guid, String from, long fromGuid, int blockSize,
                  List<Change> changes) {
        boolean incremental() {
            return !from.isEmpty();
        }
    }

    private SendStream() {
    }

    static byte[] write(DatasetType type, String snapshot, long guid, String from, long fromGuid, int blockSize,
                        List<Change> changes) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeUTF(type.name());
            out.writeUTF(snapshot);
            out.writeLong(guid);
            out.writeUTF(from);
            out.writeLong(fromGuid);
            out.writeInt(blockSize);
            for (Change c : changes) {
                if (c instanceof ObjectSize o) {
                    out.writeByte('O');
                    out.writeLong(o.obj());
                    out.writeUTF(o.path());
                    out.writeLong(o.size());
                } else if (c instanceof ObjectGone g) {
                    out.writeByte('X');
                    out.writeLong(g.obj());
                } else if (c instanceof BlockData b) {
                    out.writeByte('W');
                    out.writeLong(b.obj());
                    out.writeLong(b.blkid());
                    out.writeInt(b.data().length);
                    out.write(b.data());
                } else if (c instanceof BlockHole h) {
                    out.writeByte('F');
                    out.writeLong(h.obj());
                    out.writeLong(h.blkid());
                }
            }
            out.writeByte('E');
            out.flush();
            byte[] body = bytes.toByteArray();
            out.write(sha256(body, body.length));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a stream, refusing it whole when it is not one, is cut short or was changed on
     * the way, in zfs's words where zfs has some.
     */
    static Parsed read(byte[] stream) {
        boolean magic = stream.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(stream, MAGIC.length), MAGIC);
        if (!magic) {
            // zfs first reads a whole begin record; shorter input fails before any magic is seen
            throw new StorageException(stream.length < ZFS_BEGIN_RECORD_BYTES
                    ? "cannot receive: failed to read from stream"
                    : "cannot receive: invalid stream (bad magic number)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream, MAGIC.length, stream.length - MAGIC.length));
        String incomplete = "cannot receive: checksum mismatch or incomplete stream";
        try {
            DatasetType type = DatasetType.valueOf(in.readUTF());
            String snapshot = in.readUTF();
            long guid = in.readLong();
            String from = in.readUTF();
            long fromGuid = in.readLong();
            int blockSize = in.readInt();
            List<Change> changes = new ArrayList<>();
            for (;;) {
                int tag = in.readUnsignedByte();
                if (tag == 'E') {
                    break;
                }
                switch (tag) {
                    case 'O' -> changes.add(new ObjectSize(in.readLong(), in.readUTF(), in.readLong()));
                    case 'X' -> changes.add(new ObjectGone(in.readLong()));
                    case 'W' -> {
                        long obj = in.readLong();
                        long blkid = in.readLong();
                        int n = in.readInt();
                        if (n < 0 || n > blockSize || n > in.available()) {
                            throw new StorageException(incomplete);
                        }
                        byte[] data = new byte[n];
                        in.readFully(data);
                        changes.add(new BlockData(obj, blkid, data));
                    }
                    case 'F' -> changes.add(new BlockHole(in.readLong(), in.readLong()));
                    default -> throw new StorageException(incomplete);
                }
            }
            int bodyLength = stream.length - in.available();
            if (in.available() != DIGEST_BYTES
                    || !MessageDigest.isEqual(sha256(stream, bodyLength), Arrays.copyOfRange(stream, bodyLength, stream.length))) {
                throw new StorageException(incomplete);
            }
            if (DatasetName.problem(snapshot, true).isPresent() || blockSize <= 0) {
                throw new StorageException("cannot receive: invalid stream (malformed header)");
            }
            return new Parsed(type, snapshot, guid, from, fromGuid, blockSize, changes);
        } catch (EOFException | IllegalArgumentException e) {
            throw new StorageException(incomplete);
        } catch (IOException e) {
            throw new StorageException("cannot receive: failed to read from stream");
        }
    }

    private static byte[] sha256(byte[] data, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
