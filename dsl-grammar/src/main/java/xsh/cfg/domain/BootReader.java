package xsh.cfg.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.cfg.raw.Atom;

/**
 * Kernel, command line, bootloader, PV firmware and the PV shim. xl's parse-time checks
 * here: a PV or PVH guest needs a kernel or a bootloader (a pvgrub firmware counts as a
 * kernel), and a firmware cannot be combined with a kernel. Whether the files exist is
 * found out at create time.
 */
final class BootReader {

    private final ReadContext ctx;

    BootReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** PVH only, read right after the pool. */
    void readPvShim(DomainConfigBuilder b) {
        if (b.type != DomainType.PVH) {
            return;
        }
        b.boot.pvShim = new PvShim(ctx.bool("pvshim"), ctx.string("pvshim_path"), ctx.string("pvshim_cmdline"),
                ctx.string("pvshim_extra"));
    }

    void readKernel(DomainConfigBuilder b) {
        BootDraft boot = b.boot;
        boot.kernel = ctx.string("kernel");
        boot.ramdisk = ctx.string("ramdisk");
        boot.deviceTree = ctx.string("device_tree");
        readCmdline(boot);
    }

    /** {@code cmdline} wins over {@code root} and {@code extra}; otherwise they are combined. */
    private void readCmdline(BootDraft boot) {
        Optional<String> cmdline = ctx.string("cmdline");
        boot.root = ctx.string("root");
        boot.extra = ctx.string("extra");
        if (cmdline.isPresent()) {
            boot.cmdline = cmdline;
            if (boot.root.isPresent() || boot.extra.isPresent()) {
                ctx.warn("cmdline", "ignoring root= and extra= in favour of cmdline=");
            }
        } else if (boot.root.isPresent() && boot.extra.isPresent()) {
            boot.cmdline = Optional.of("root=" + boot.root.get() + " " + boot.extra.get());
        } else if (boot.root.isPresent()) {
            boot.cmdline = Optional.of("root=" + boot.root.get());
        } else {
            boot.cmdline = boot.extra;
        }
    }

    /** {@code bootloader_args} is a list; the string form still works but is split on blanks, with a warning. */
    void readBootloader(DomainConfigBuilder b) {
        BootDraft boot = b.boot;
        boot.bootloader = ctx.string("bootloader");
        if (ctx.isList("bootloader_args")) {
            boot.bootloaderArgs = ctx.atomList("bootloader_args").orElseThrow().stream().map(Atom::text).toList();
        } else if (ctx.has("bootloader_args")) {
            ctx.warn("bootloader_args", "Specifying \"bootloader_args\" as a string is deprecated."
                    + " Please use a list of arguments.");
            boot.bootloaderArgs = splitOnBlanks(ctx.quietString("bootloader_args").orElseThrow());
        }
    }

    private static List<String> splitOnBlanks(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("[ \t\n]+")));
        words.removeIf(String::isEmpty);
        return words;
    }

    /**
     * The PV/PVH branch of xl's type switch: {@code firmware} may only name pvgrub32 or
     * pvgrub64 (any prefix of them), and then there must be a kernel or a bootloader.
     */
    void readPvFirmwareAndCheck(DomainConfigBuilder b) {
        BootDraft boot = b.boot;
        Optional<String> firmware = ctx.string("firmware");
        boot.firmware = firmware;
        if (firmware.isPresent()) {
            if (boot.kernel.isPresent()) {
                throw ctx.fail("firmware", "ERROR: both kernel and firmware specified");
            }
            String name = firmware.get();
            if (!DomainType.isPrefixOf(name, "pvgrub32") && !DomainType.isPrefixOf(name, "pvgrub64")) {
                throw ctx.fail("firmware", "ERROR: only pvgrub{32|64} supported as firmware options"
                        + " (for " + b.type.xlName() + " guests; got \"" + name + "\")");
            }
            boot.pvFirmware = firmware;
        }
        if (boot.bootloader.isEmpty() && boot.kernel.isEmpty() && boot.pvFirmware.isEmpty()) {
            throw ctx.failWhole("Neither kernel nor bootloader specified"
                    + " (a " + b.type.xlName() + " guest needs kernel=, bootloader= or firmware=\"pvgrub64\")");
        }
    }
}
