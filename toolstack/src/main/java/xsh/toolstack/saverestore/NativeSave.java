package xsh.toolstack.saverestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.NativeProgress;
import xsh.hv.NativeToolstack;
import xsh.hv.ShutdownReason;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code save} on a real Dom0: xl's own {@code xl save} writes the image (only it can read a
 * real guest's memory), to a temporary name beside FILE, which is renamed over FILE once xl
 * is done, so FILE is only ever a whole image, as with xsh's own saver.
 *
 * <p>xl resumes the guest when its save fails; what is left to xsh is the partial file, and a
 * guest an interrupted xl left suspended or paused ({@link UnwindOnExit}: xsh's exit stops xl
 * too). A rename that fails after xl destroyed the domain keeps the temporary file: it is all
 * that is left of the guest, and the error names it.
 */
final class NativeSave {

    /** xl's saves report pages; the progress line counts bytes. */
    static final long PAGE_BYTES = 4096;

    private final Hypervisor hv;
    private final NativeToolstack xl;

    NativeSave(Hypervisor hv, NativeToolstack xl) {
        this.hv = hv;
        this.xl = xl;
    }

    SaveResult save(SaveRequest request, Notices notices, ImageProgress progress) {
        Written written = write(request, request.mode(), notices, progress);
        try {
            xl.renameFile(written.temp, request.file());
        } catch (RuntimeException e) {
            throw renameFailed(written, request, e);
        }
        return written.result(request);
    }

    /** {@code xl save -p} to the temporary name; {@link Saver.CapturedImage#seal} renames it. */
    Saver.CapturedImage capturePaused(SaveRequest request, Notices notices, ImageProgress progress) {
        Written written = write(request, SaveMode.LEAVE_PAUSED, notices, progress);
        return new Saver.CapturedImage(new Saver.PendingImage() {
            @Override
            public SaveResult seal() {
                try {
                    xl.renameFile(written.temp, request.file());
                } catch (RuntimeException e) {
                    removeQuietly(written.temp);
                    throw e;
                }
                return written.result(new SaveRequest(request.domain(), request.file(), request.config(),
                        SaveMode.LEAVE_PAUSED, request.preserveDomid()));
            }

            @Override
            public void discard() {
                removeQuietly(written.temp);
            }
        });
    }

    /** The domain as it was, and the temporary file xl wrote its image to. */
    private record Written(DomainInfo domain, String temp) {

        SaveResult result(SaveRequest request) {
            Optional<Path> local = localFile(request.file());
            long size = -1;
            SaveImageHeader header = null;
            if (local.isPresent()) {
                try {
                    size = Files.size(local.get());
                    header = headerOf(local.get());
                } catch (IOException e) {
                    // the image is xl's and whole; only what xsh tells of it is missing
                }
            }
            return new SaveResult(domain, request.file(), header, size, request.mode());
        }
    }

    private Written write(SaveRequest request, SaveMode mode, Notices notices, ImageProgress progress) {
        int domid = DomainResolver.resolve(hv, request.domain());
        DomainInfo domain = hv.domain(domid)
                .orElseThrow(() -> new XshException("unable to retrieve domain configuration", 1));
        String temp = temporaryNameBeside(request.file());
        NativeToolstack.SaveFlags flags = new NativeToolstack.SaveFlags(mode == SaveMode.CHECKPOINT,
                mode == SaveMode.LEAVE_PAUSED, request.preserveDomid());
        List<String> told = new ArrayList<>();
        Notices telling = line -> {
            told.add(line);
            notices.notice(line);
        };
        try (UnwindOnExit exit = UnwindOnExit.ofCurrentThread()) {
            try {
                xl.save(domid, temp, request.config(), flags, reporting(telling, progress, temp, request.file()));
            } catch (XshException e) {
                XshException failure = NativeFailure.of(naming(e, temp, request.file()), told);
                undo(domain, temp, failure);
                throw failure;
            } catch (RuntimeException e) {
                undo(domain, temp, e);
                throw e;
            }
        }
        return new Written(domain, temp);
    }

    /**
     * xl failed or was stopped: the partial file goes, and a guest it left suspended or paused
     * (a real xl stopped midway may) runs again, as it was before the save. The host's programs
     * run to their end even when the failure was an interruption, which is kept for the caller.
     */
    private void undo(DomainInfo before, String temp, RuntimeException failure) {
        boolean interrupted = Thread.interrupted();
        try {
            removeQuietly(temp);
            runAgain(before, failure);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runAgain(DomainInfo before, RuntimeException failure) {
        try {
            Optional<DomainInfo> now = hv.domain(before.domid()).filter(d -> d.uuid().equals(before.uuid()));
            if (now.isEmpty()) {
                return; // saved and destroyed after all, or gone
            }
            if (suspended(now.get().state()) && !suspended(before.state())) {
                hv.resume(before.domid());
            }
            if (now.get().state().pauseCount() > before.state().pauseCount()) {
                hv.unpause(before.domid());
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static boolean suspended(DomainState state) {
        return state.shutdown().filter(reason -> reason == ShutdownReason.SUSPEND).isPresent();
    }

    /** xl's failure as it names FILE, not the temporary name the user never gave. */
    static XshException naming(XshException e, String temp, String file) {
        String message = e.getMessage() == null ? null : e.getMessage().replace(temp, file);
        if (e instanceof HvException hv) {
            HvException renamed = new HvException(hv.error(), hv.site().orElse(null), message);
            renamed.initCause(e);
            return renamed;
        }
        if (e instanceof MultiLineException lines) {
            return new MultiLineException(lines.lines().stream().map(line -> line.replace(temp, file)).toList(),
                    e.exitCode(), e);
        }
        return new XshException(message, e.exitCode(), e);
    }

    /**
     * A rename that failed: the temporary file goes, unless xl destroyed the domain, whose
     * image it is; a guest left paused by {@code -p} runs on (a failure leaves it as it was).
     */
    private XshException renameFailed(Written written, SaveRequest request, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (request.mode() == SaveMode.DESTROY) {
            return new XshException(request.file() + ": cannot rename the image into place: " + why
                    + "; the domain is saved in " + written.temp, 1, e);
        }
        removeQuietly(written.temp);
        if (request.mode() == SaveMode.LEAVE_PAUSED) {
            try {
                hv.unpause(written.domain.domid());
            } catch (RuntimeException unpause) {
                e.addSuppressed(unpause);
            }
        }
        return new XshException(request.file() + ": cannot rename the image into place: " + why, 1, e);
    }

    /**
     * xl's lines, with the temporary name the user never gave told as FILE; its page counts as
     * bytes.
     */
    static NativeProgress reporting(Notices notices, ImageProgress progress, String temp, String file) {
        return new NativeProgress() {
            @Override
            public void message(String line) {
                notices.notice(line.replace(temp, file));
            }

            @Override
            public void progress(long done, long total) {
                progress.progress(ImageProgress.Step.SAVING, done * PAGE_BYTES, total * PAGE_BYTES);
            }
        };
    }

    /** {@code DIR/.NAME.RANDOM.part} beside {@code DIR/NAME}, as a path on the Dom0. */
    static String temporaryNameBeside(String file) {
        int slash = file.lastIndexOf('/');
        String directory = file.substring(0, slash + 1);
        String name = file.substring(slash + 1);
        return directory + "." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL)
                + ".part";
    }

    private void removeQuietly(String temp) {
        try {
            xl.removeFile(temp);
        } catch (RuntimeException e) {
            // a stray temporary file is not an image: it never got FILE's name
        }
    }

    /** The image as a file of this machine, when it is one (a local Dom0); empty for a remote one's. */
    private static Optional<Path> localFile(String file) {
        try {
            Path path = Path.of(file);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The image's header, when it has xl's magic. */
    private static SaveImageHeader headerOf(Path image) throws IOException {
        try (InputStream in = Files.newInputStream(image)) {
            byte[] header = in.readNBytes(SaveImageHeader.LENGTH);
            return header.length == SaveImageHeader.LENGTH && SaveImageHeader.hasMagic(header)
                    && SaveImageHeader.hasHostByteOrder(header) ? SaveImageHeader.decode(header) : null;
        }
    }
}
