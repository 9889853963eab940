package xsh.toolstack.saverestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import xsh.cfg.source.ConfigSource;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.LoggedLine;
import xsh.hv.NativeProgress;
import xsh.hv.NativeToolstack;
import xsh.hv.RestoreRequest;
import xsh.toolstack.domain.DomainFileNames;
import xsh.toolstack.oserror.Strerror;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.CreateFailure;
import xsh.toolstack.vmcontrol.Notices;
import xsh.toolstack.vmcontrol.TypedConfig;

/**
 * {@code xl restore}: the image read through and checked ({@link SaveImageReader}), the
 * config chosen (a CONFIG file replaces the image's, as when a checkpoint is restored onto a
 * cloned disk), and the domain built from it with the image's memory: under its saved name,
 * a new domid unless the image was saved with {@code -D}, running unless {@code -p}.
 *
 * <p>Everything about the image is checked before the host is asked for anything, so an
 * image that is truncated, foreign or corrupt builds nothing.
 */
public final class Restorer {

    /** Where xl says the config comes from when it is the image's. */
    static final String SAVED = "<saved>";

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public Restorer(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    /** @throws XshException xl's lines (or xsh's, naming the file) for what is wrong; exit 1 */
    public RestoreResult restore(RestoreOptions options, Notices notices, ImageProgress progress) {
        if (hv.nativeToolstack().isPresent()) {
            return nativeRestore(hv.nativeToolstack().get(), options, notices, progress, xlCompatible);
        }
        try (SaveImageReader reader = SaveImageReader.open(Path.of(options.file()), options.file())) {
            SavedImage image = reader.verify(notices, progress);
            Chosen chosen = options.config().isPresent()
                    ? fromFile(options.config().get(), notices)
                    : fromImage(image, notices);
            if (options.printConfig()) {
                String json = chosen.json.orElseGet(() -> SavedConfig.jsonOf(chosen.typed.definition(), hv.hostInfo()));
                notices.notice(json.endsWith("\n") ? json.substring(0, json.length() - 1) : json);
            }
            String name = chosen.typed.name();
            DomainFileNames.refusal(name).ifPresent(refusal -> {
                throw new XshException(refusal, 1);
            });
            if (hv.domainNamed(name).isPresent()) {
                throw new MultiLineException(CreateFailure.nameTakenLines(name, xlCompatible), 1);
            }
            RestoreRequest request = new RestoreRequest(chosen.typed.definition(), image.memoryBytes(), chosen.domid,
                    options.paused(), options.monitored());
            try (InputStream memory = reader.memory(image, progress)) {
                return new RestoreResult(hv.restore(request, memory), Optional.of(image));
            } catch (HvException e) {
                // restore exits 1 whatever libxl's rc (create exits with -rc)
                throw new MultiLineException(CreateFailure.lines(e, chosen.domid, xlCompatible), 1, e);
            } catch (IOException e) {
                throw ImageErrors.corrupt(options.file(), "cannot read: " + Strerror.of(e));
            }
        }
    }

    /**
     * On a real Dom0 xl's own {@code xl restore} reads the image and builds the domain: it
     * checks, tells and fails as xl does, and its lines are the user's; libxl's error lines
     * by their words, as a failed restore on the embedded host shows them, and whole under the
     * xl front end.
     */
    private static RestoreResult nativeRestore(NativeToolstack xl, RestoreOptions options, Notices notices,
                                               ImageProgress progress, boolean xlCompatible) {
        NativeToolstack.RestoreFlags flags = new NativeToolstack.RestoreFlags(options.paused(), !options.monitored(),
                options.printConfig());
        List<String> told = new ArrayList<>();
        NativeProgress reporting = new NativeProgress() {
            @Override
            public void message(String line) {
                String shown = xlCompatible ? line : LoggedLine.wordsOf(line);
                told.add(shown);
                notices.notice(shown);
            }

            @Override
            public void progress(long done, long total) {
                progress.progress(ImageProgress.Step.LOADING, done * NativeSave.PAGE_BYTES,
                        total * NativeSave.PAGE_BYTES);
            }
        };
        try (UnwindOnExit exit = UnwindOnExit.ofCurrentThread()) {
            return new RestoreResult(xl.restore(options.config(), options.file(), flags, reporting), Optional.empty());
        } catch (XshException e) {
            throw NativeFailure.of(e, told);
        }
    }

    /** The config a restore builds from, the JSON {@code -d} shows when it is the image's, and the domid it asks for. */
    private record Chosen(TypedConfig typed, Optional<String> json, OptionalInt domid) {
    }

    /** xl reads CONFIG as create does; its c_info.domid is 0, so Xen picks the domid. */
    private static Chosen fromFile(String file, Notices notices) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new XshException("Failed to read config file: " + file + ": " + Strerror.of(e), 1, e);
        }
        notices.notice("Parsing config from " + file);
        TypedConfig typed = ConfigTyper.type(ConfigSource.of(file, bytes));
        typed.warnings().forEach(warning -> notices.notice(warning.render()));
        return new Chosen(typed, Optional.empty(), OptionalInt.empty());
    }

    /** The image's JSON gives the domid; xsh builds from the xl.cfg text its trailer keeps. */
    private static Chosen fromImage(SavedImage image, Notices notices) {
        String json = image.configText().orElseThrow(
                () -> new XshException("Config file not specified and none in save file", 1));
        notices.notice("Parsing config from " + SAVED);
        OptionalInt domid;
        try {
            domid = image.header().configIsJson() ? SavedConfig.preservedDomid(json) : OptionalInt.empty();
        } catch (IllegalArgumentException e) {
            throw ImageErrors.corrupt(image.file(), "the saved config is not JSON: " + e.getMessage());
        }
        ImageTrailer trailer = image.trailer();
        TypedConfig typed = ConfigTyper.type(ConfigSource.of(trailer.sourceName(), trailer.source()));
        return new Chosen(typed, Optional.of(json), domid);
    }
}
