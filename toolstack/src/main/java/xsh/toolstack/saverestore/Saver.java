package xsh.toolstack.saverestore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.oserror.Strerror;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl save}: the domain's config, then the guest suspended and its memory streamed into
 * an image, then the domain destroyed, resumed ({@code -c}) or left paused ({@code -p}).
 *
 * <p>Unlike xl, which writes FILE in place, the image is written to a temporary file beside
 * FILE, synced, and renamed over it, so FILE is only ever a whole image (or the one it
 * replaces). A save that fails removes its temporary file and resumes the guest: it is never
 * left suspended or paused by the save, and never destroyed without its image.
 */
public final class Saver {

    static final String SAVE_FAILED = "Failed to save domain, resuming domain";

    private final Hypervisor hv;

    public Saver(Hypervisor hv) {
        this.hv = hv;
    }

    /**
     * @throws XshException xl's {@code unable to retrieve domain configuration} (Domain-0),
     *         {@code Failed to open temp file FILE for writing}, or the failure's cause and
     *         {@code Failed to save domain, resuming domain}; all exit 1
     */
    public SaveResult save(SaveRequest request, Notices notices, ImageProgress progress) {
        if (hv.nativeToolstack().isPresent()) {
            return new NativeSave(hv, hv.nativeToolstack().get()).save(request, notices, progress);
        }
        Capture capture = new Capture(request);
        try (ResumeOnExit interrupted = new ResumeOnExit(hv, capture.domid, capture.temp)) {
            capture.writeMemory(interrupted, notices, progress);
            capture.seal(progress);
        } catch (IOException | RuntimeException e) {
            throw capture.failed(e);
        }
        finish(capture.domid, request.mode());
        return capture.result(request.mode());
    }

    /**
     * {@code save -p} in two halves, for a checkpoint: the memory is written while the guest is
     * suspended, and the guest is left paused; the returned image is then sealed (checksums
     * read back, synced, given FILE's name) by {@link CapturedImage#seal} once the caller has let
     * the guest run. The guest's memory is in the file by then, so nothing it does changes the
     * image, and the pause lasts only as long as writing the memory to the page cache takes.
     * Until it is sealed the image is a temporary file beside FILE ({@code .FILE.*.part}), which
     * {@link CapturedImage#close} removes.
     */
    public CapturedImage capturePaused(SaveRequest request, Notices notices, ImageProgress progress) {
        if (hv.nativeToolstack().isPresent()) {
            return new NativeSave(hv, hv.nativeToolstack().get()).capturePaused(request, notices, progress);
        }
        Capture capture = new Capture(request);
        try (ResumeOnExit interrupted = new ResumeOnExit(hv, capture.domid, capture.temp)) {
            capture.writeMemory(interrupted, notices, progress);
            finish(capture.domid, SaveMode.LEAVE_PAUSED);
        } catch (IOException | RuntimeException e) {
            throw capture.failed(e);
        }
        return new CapturedImage(new PendingImage() {
            @Override
            public SaveResult seal() {
                try {
                    capture.seal(progress);
                } catch (IOException | RuntimeException e) {
                    capture.discard();
                    throw new XshException(e instanceof IOException io
                            ? capture.request.file() + ": cannot write the image: " + Strerror.of(io)
                            : Objects.toString(e.getMessage(), e.getClass().getSimpleName()), 1, e);
                }
                return capture.result(SaveMode.LEAVE_PAUSED);
            }

            @Override
            public void discard() {
                capture.discard();
            }
        });
    }

    /** What a captured image still needs: to become FILE, or to be removed. */
    interface PendingImage {

        /** Makes the image FILE; a failure removes the temporary file. */
        SaveResult seal();

        /** Removes the temporary file. */
        void discard();
    }

    /** An image whose memory is written and whose guest is paused: {@link #seal} makes it FILE. */
    public static final class CapturedImage implements AutoCloseable {

        private final PendingImage pending;
        private boolean sealed;

        CapturedImage(PendingImage pending) {
            this.pending = pending;
        }

        /** The checksums, the sync and the rename to FILE; a failure removes the temporary file. */
        public SaveResult seal() {
            SaveResult result = pending.seal();
            sealed = true;
            return result;
        }

        /** Removes the temporary file unless the image was sealed. */
        @Override
        public void close() {
            if (!sealed) {
                pending.discard();
            }
        }
    }

    /** One save under way: the domain, its config, the temporary file, and the writer. */
    private final class Capture {

        final SaveRequest request;
        final int domid;
        final DomainInfo live;
        final SavedConfig config;
        final Path target;
        final Path temp;
        SaveImageWriter writer;
        SaveImageHeader header;
        long size;
        boolean suspended;

        Capture(SaveRequest request) {
            this.request = request;
            this.domid = DomainResolver.resolve(hv, request.domain());
            this.live = liveDomain(domid);
            this.config = request.config().isPresent()
                    ? SavedConfig.ofConfigFile(request.config().get(), hv.hostInfo())
                    : SavedConfig.ofLiveDomain(liveDefinition(domid), live, request.preserveDomid(), hv.hostInfo());
            this.target = pathOf(request.file());
            this.temp = temporaryFileBeside(target, request.file());
        }

        /** The header, then the guest suspended and its memory streamed into the temporary file. */
        void writeMemory(ResumeOnExit interrupted, Notices notices, ImageProgress progress) throws IOException {
            writer = new SaveImageWriter(temp);
            header = writer.writeHeader(config.jsonWithNul());
            notices.notice("Saving to " + request.file() + " new xl format (info " + header.info() + ")");
            interrupted.suspend(() -> hv.suspend(domid));
            suspended = true;
            writer.writeStream(hv.memory(domid), LibxcStream.domainTypeOf(live.type()), progress);
        }

        /** The trailer with the checksums, the sync, and the rename to FILE. */
        void seal(ImageProgress progress) throws IOException {
            writer.writeTrailer(config.source().name(), config.source().bytes(), progress);
            size = writer.size();
            writer.close();
            publish(temp, target);
        }

        SaveResult result(SaveMode mode) {
            return new SaveResult(live, request.file(), header, size, mode);
        }

        MultiLineException failed(Exception e) {
            closeWriter();
            return Saver.this.failed(domid, suspended, temp, request.file(), e);
        }

        void discard() {
            closeWriter();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file is not an image: it never got FILE's name
            }
        }

        private void closeWriter() {
            if (writer != null) {
                try {
                    writer.close();
                } catch (IOException e) {
                    // the file is removed next; what it held no longer matters
                }
            }
        }
    }

    private DomainInfo liveDomain(int domid) {
        return hv.domain(domid).orElseThrow(Saver::noConfiguration);
    }

    /** libxl_retrieve_domain_configuration; Domain-0 has none. */
    private DomainDefinition liveDefinition(int domid) {
        try {
            return hv.definition(domid).orElseThrow(Saver::noConfiguration);
        } catch (HvException e) {
            throw noConfiguration();
        }
    }

    private static XshException noConfiguration() {
        return new XshException("unable to retrieve domain configuration", 1);
    }

    /**
     * The file the image replaces: through a symbolic link, the file it names (open(2) writes
     * through one; a rename would replace the link). A device or FIFO cannot be opened for
     * writing here: the rename would put the image in its place.
     */
    private static Path pathOf(String file) {
        try {
            Path path = Path.of(file).toAbsolutePath();
            if (!Files.exists(path) || Files.isDirectory(path)) {
                return path;
            }
            if (!Files.isRegularFile(path)) {
                throw cannotOpen(file, null);
            }
            return path.toRealPath();
        } catch (InvalidPathException | IOException e) {
            throw cannotOpen(file, e);
        }
    }

    /** A new file in FILE's directory, where the rename into place is atomic. */
    private static Path temporaryFileBeside(Path target, String file) {
        if (Files.isDirectory(target)) {
            throw cannotOpen(file, null); // open(2) for writing refuses a directory
        }
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: it has no modes to set
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            throw cannotOpen(file, e);
        }
    }

    private static XshException cannotOpen(String file, Exception cause) {
        return new XshException("Failed to open temp file " + file + " for writing", 1, cause);
    }

    /** The synced image takes FILE's place; the directory is synced so the rename survives a crash. */
    private static void publish(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some systems cannot sync a directory; the image itself is synced
        }
    }

    private void finish(int domid, SaveMode mode) {
        switch (mode) {
            case DESTROY -> hv.destroy(domid, false);
            case CHECKPOINT -> hv.resume(domid);
            case LEAVE_PAUSED -> {
                hv.pause(domid);
                hv.resume(domid);
            }
        }
    }

    private MultiLineException failed(int domid, boolean suspended, Path temp, String file, Exception e) {
        // An interrupted thread (Ctrl-C at the prompt) cannot do file I/O through channels; the
        // clean-up must run whole, so the interrupt waits until it is done.
        boolean interrupted = Thread.interrupted();
        try {
            return cleanUp(domid, suspended, temp, file, e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private MultiLineException cleanUp(int domid, boolean suspended, Path temp, String file, Exception e) {
        List<String> lines = new ArrayList<>();
        lines.add(e instanceof IOException io ? file + ": cannot write the image: " + Strerror.of(io)
                : Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
        lines.add(SAVE_FAILED);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            lines.add(0, "cannot remove " + temp + ": " + Strerror.of(cleanup));
        }
        if (suspended) {
            try {
                hv.resume(domid);
            } catch (RuntimeException resumeFailure) {
                lines.add(resumeFailure.getMessage());
            }
        }
        return new MultiLineException(lines, 1, e);
    }
}
