package xsh.toolstack.saverestore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.hv.GuestMemory;
import xsh.toolstack.oserror.Strerror;
import xsh.toolstack.saverestore.ImageProgress.Step;
import xsh.toolstack.saverestore.SavedImage.PageRun;
import xsh.toolstack.vmcontrol.Notices;

/**
 * Reads a save image as {@code xl restore} does, and beyond: the header and its config with
 * xl's checks, messages and words, then (what xl leaves to libxl while it builds the domain)
 * the whole libxl stream and xsh's trailer, checking their structure and checksums, so that
 * a truncated, foreign or corrupt image is refused before anything is built from it. The
 * memory is then loaded from the runs of pages the reading found ({@link #memory}), from the
 * same open file.
 */
public final class SaveImageReader implements AutoCloseable {

    private final String file;
    private final FileChannel channel;

    private SaveImageReader(String file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * @param file the image's name as the user gave it, for messages
     * @throws xsh.error.XshException {@code Can't open restore file: <strerror>}
     */
    public static SaveImageReader open(Path path, String file) {
        if (Files.isDirectory(path)) {
            throw ImageErrors.cannotOpen("Is a directory"); // open(2) allows it; the first read would fail
        }
        try {
            return new SaveImageReader(file, FileChannel.open(path, StandardOpenOption.READ));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw ImageErrors.cannotOpen(Strerror.of(e));
        }
    }

    /**
     * Reads the image through, telling xl's lines ({@code Loading new save file ...},
     * {@code  Savefile contains xl domain config in JSON format}) as xl does.
     *
     * @throws xsh.error.XshException xl's refusal of the header, {@code Savefile truncated.},
     *         or a line naming the file for a stream or checksum that is wrong
     */
    public SavedImage verify(Notices notices, ImageProgress progress) {
        try {
            ImageInput in = new ImageInput(channel);
            SaveImageHeader header = header(in, notices);
            Optional<byte[]> config = config(in, header, notices);
            int headerCrc = in.takeChecksum();
            StreamContents stream = stream(in, progress);
            int streamCrc = in.takeChecksum();
            ImageTrailer trailer = trailer(in);
            if (trailer.headerCrc() != headerCrc) {
                throw ImageErrors.checksum(file, "the header and config");
            }
            if (trailer.streamCrc() != streamCrc) {
                throw ImageErrors.checksum(file, "the domain's memory and state");
            }
            return new SavedImage(file, header, config, stream.domainType, stream.runs, trailer);
        } catch (IOException e) {
            throw ImageErrors.corrupt(file, "cannot read: " + Strerror.of(e));
        }
    }

    private SaveImageHeader header(ImageInput in, Notices notices) throws IOException {
        byte[] bytes = in.read(SaveImageHeader.LENGTH);
        if (!SaveImageHeader.hasMagic(bytes)) {
            throw ImageErrors.wrongMagic();
        }
        if (!SaveImageHeader.hasHostByteOrder(bytes)) {
            throw ImageErrors.wrongByteOrder();
        }
        SaveImageHeader header = SaveImageHeader.decode(bytes);
        notices.notice("Loading new save file " + file + " (new xl fmt info " + header.info() + ")");
        if (header.unknownMandatoryFlags() != 0) {
            throw ImageErrors.unknownMandatoryFlags(header.unknownMandatoryFlags());
        }
        if ((header.mandatoryFlags() & SaveImageHeader.FLAG_STREAM_V2) == 0) {
            throw ImageErrors.corrupt(file, "a libxl stream of version 1 (Xen 4.5 and earlier) cannot be restored");
        }
        return header;
    }

    /** xl's reading of the optional data: a u32 length, then the config; anything after it is skipped. */
    private Optional<byte[]> config(ImageInput in, SaveImageHeader header, Notices notices) throws IOException {
        long optionalLength = Integer.toUnsignedLong(header.optionalDataLength());
        if (optionalLength == 0) {
            return Optional.empty();
        }
        ByteBuffer optional = ByteBuffer.wrap(in.read(optionalLength)).order(ByteOrder.LITTLE_ENDIAN);
        notices.notice(" Savefile contains xl domain config" + (header.configIsJson() ? " in JSON format" : ""));
        if (optional.remaining() < 4) {
            throw ImageErrors.truncated();
        }
        long configLength = Integer.toUnsignedLong(optional.getInt());
        if (configLength > optional.remaining()) {
            throw ImageErrors.truncated();
        }
        byte[] config = new byte[(int) configLength];
        optional.get(config);
        // libxl reads the config as a C string: up to its NUL
        int nul = 0;
        while (nul < config.length && config[nul] != 0) {
            nul++;
        }
        return configLength == 0 ? Optional.empty() : Optional.of(Arrays.copyOf(config, nul));
    }

    private static final class StreamContents {
        int domainType;
        final List<PageRun> runs = new ArrayList<>();
        long pages;
    }

    private StreamContents stream(ImageInput in, ImageProgress progress) throws IOException {
        ByteBuffer header = in.read(LibxlStream.HEADER_LENGTH, ByteOrder.BIG_ENDIAN);
        if (header.getLong() != LibxlStream.IDENT) {
            throw ImageErrors.corrupt(file, "no libxl stream after the header (LibxlFmt missing)");
        }
        int version = header.getInt();
        if (version != LibxlStream.VERSION) {
            throw ImageErrors.corrupt(file, "libxl stream version " + version + ", not " + LibxlStream.VERSION);
        }
        if ((header.getInt() & LibxlStream.OPTION_BIG_ENDIAN) != 0) {
            throw ImageErrors.corrupt(file, "a big-endian libxl stream cannot be restored on this host");
        }
        StreamContents contents = null;
        long total = in.size();
        while (true) {
            ByteBuffer record = in.read(LibxlStream.RECORD_HEADER_LENGTH, ByteOrder.LITTLE_ENDIAN);
            int type = record.getInt();
            long length = Integer.toUnsignedLong(record.getInt());
            switch (type) {
                case LibxlStream.REC_END -> {
                    if (contents == null) {
                        throw ImageErrors.corrupt(file, "the libxl stream has no LIBXC_CONTEXT record: no memory");
                    }
                    in.skip(LibxlStream.padded(length));
                    return contents;
                }
                case LibxlStream.REC_LIBXC_CONTEXT -> {
                    if (contents != null) {
                        throw ImageErrors.corrupt(file, "the libxl stream has two LIBXC_CONTEXT records");
                    }
                    in.skip(LibxlStream.padded(length));
                    contents = libxc(in, progress, total);
                }
                case LibxlStream.REC_EMULATOR_XENSTORE_DATA, LibxlStream.REC_EMULATOR_CONTEXT ->
                        in.skip(LibxlStream.padded(length));
                default -> throw ImageErrors.corrupt(file, String.format(
                        "unsupported libxl record 0x%08x at byte %d", type, in.position() - 8));
            }
        }
    }

    private StreamContents libxc(ImageInput in, ImageProgress progress, long total) throws IOException {
        ByteBuffer image = in.read(LibxcStream.IMAGE_HEADER_LENGTH, ByteOrder.BIG_ENDIAN);
        if (image.getLong() != LibxcStream.MARKER || image.getInt() != LibxcStream.ID) {
            throw ImageErrors.corrupt(file, "no libxc image header after the LIBXC_CONTEXT record");
        }
        int version = image.getInt();
        if (version != LibxcStream.VERSION) {
            throw ImageErrors.corrupt(file, "libxc stream version " + version + ", not " + LibxcStream.VERSION);
        }
        if ((image.getShort() & 1) != 0) {
            throw ImageErrors.corrupt(file, "a big-endian libxc stream cannot be restored on this host");
        }
        ByteBuffer domain = in.read(LibxcStream.DOMAIN_HEADER_LENGTH, ByteOrder.LITTLE_ENDIAN);
        StreamContents contents = new StreamContents();
        contents.domainType = domain.getInt();
        if (contents.domainType != LibxcStream.DOMAIN_X86_PV && contents.domainType != LibxcStream.DOMAIN_X86_HVM) {
            throw ImageErrors.corrupt(file, "libxc domain type " + contents.domainType + " is not x86 PV or HVM");
        }
        int pageShift = domain.getShort();
        if (pageShift != LibxcStream.PAGE_SHIFT) {
            throw ImageErrors.corrupt(file, "pages of 2^" + pageShift + " bytes, not 4096");
        }
        while (true) {
            ByteBuffer record = in.read(LibxlStream.RECORD_HEADER_LENGTH, ByteOrder.LITTLE_ENDIAN);
            int type = record.getInt();
            long length = Integer.toUnsignedLong(record.getInt());
            if (type == LibxcStream.REC_END) {
                if (contents.pages == 0) {
                    throw ImageErrors.corrupt(file, "the libxc stream holds no pages");
                }
                in.skip(LibxlStream.padded(length));
                return contents;
            } else if (type == LibxcStream.REC_PAGE_DATA) {
                pageData(in, length, contents, progress, total);
            } else if ((type & LibxcStream.OPTIONAL) != 0) {
                in.skip(LibxlStream.padded(length));
            } else {
                throw ImageErrors.corrupt(file, String.format(
                        "unsupported libxc record 0x%08x at byte %d", type, in.position() - 8));
            }
        }
    }

    /** A PAGE_DATA record: its pfns must continue the memory, page after page, each a normal page. */
    private void pageData(ImageInput in, long length, StreamContents contents, ImageProgress progress, long total)
            throws IOException {
        long at = in.position() - LibxlStream.RECORD_HEADER_LENGTH;
        if (length < LibxcStream.PAGE_DATA_PREFIX) {
            throw badPageData(at);
        }
        ByteBuffer prefix = in.read(LibxcStream.PAGE_DATA_PREFIX, ByteOrder.LITTLE_ENDIAN);
        long count = Integer.toUnsignedLong(prefix.getInt());
        if (count == 0 || length != LibxcStream.pageDataBodyLength((int) Math.min(count, Integer.MAX_VALUE))
                || count > Integer.MAX_VALUE) {
            throw badPageData(at);
        }
        in.requireRemaining(length - LibxcStream.PAGE_DATA_PREFIX);
        ByteBuffer pfns = in.read(8 * (int) count, ByteOrder.LITTLE_ENDIAN);
        for (long i = 0; i < count; i++) {
            long pfn = pfns.getLong();
            if ((pfn & LibxcStream.PFN_TYPE_MASK) != 0 || pfn != contents.pages + i) {
                throw ImageErrors.corrupt(file, "PAGE_DATA record at byte " + at + " has pfn 0x" + Long.toHexString(pfn)
                        + " where page 0x" + Long.toHexString(contents.pages + i) + " comes next");
            }
        }
        contents.runs.add(new PageRun(in.position(), count));
        contents.pages += count;
        in.skip(count * GuestMemory.PAGE_SIZE, position -> progress.progress(Step.VERIFYING, position, total));
    }

    private RuntimeException badPageData(long at) {
        return ImageErrors.corrupt(file, "PAGE_DATA record at byte " + at + " has a wrong length");
    }

    private ImageTrailer trailer(ImageInput in) throws IOException {
        if (in.remaining() == 0) {
            throw ImageErrors.corrupt(file, "no xsh checksums after the libxl stream:"
                    + " an image xl saved, or one cut short, cannot be verified");
        }
        byte[] magic = in.read(Math.min(ImageTrailer.MAGIC.length, in.remaining()));
        if (magic.length < ImageTrailer.MAGIC.length
                && Arrays.equals(magic, 0, magic.length, ImageTrailer.MAGIC, 0, magic.length)) {
            throw ImageErrors.truncated();
        }
        if (!Arrays.equals(magic, ImageTrailer.MAGIC)) {
            throw ImageErrors.corrupt(file, "unknown data after the libxl stream, where xsh's checksums belong");
        }
        int version = in.readIntLe();
        if (version != ImageTrailer.VERSION) {
            throw ImageErrors.corrupt(file, "xsh trailer version " + version + ", not " + ImageTrailer.VERSION);
        }
        String name = new String(in.read(Integer.toUnsignedLong(in.readIntLe())), StandardCharsets.UTF_8);
        byte[] source = in.read(Integer.toUnsignedLong(in.readIntLe()));
        int headerCrc = in.readIntLe();
        int streamCrc = in.readIntLe();
        int expected = in.takeChecksum();
        int trailerCrc = in.readIntLe();
        if (trailerCrc != expected) {
            throw ImageErrors.checksum(file, "xsh's trailer");
        }
        if (in.remaining() != 0) {
            throw ImageErrors.corrupt(file, in.remaining() + " unexpected bytes after the image's end");
        }
        return new ImageTrailer(name, source, headerCrc, streamCrc);
    }

    /**
     * The image's memory, page after page, read from the runs {@link #verify} found;
     * {@code progress} hears of every read.
     */
    public InputStream memory(SavedImage image, ImageProgress progress) {
        return new PageRunsInputStream(channel, image.pageRuns(), image.memoryBytes(), progress);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
