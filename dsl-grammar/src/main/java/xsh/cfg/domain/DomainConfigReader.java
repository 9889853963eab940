package xsh.cfg.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.raw.Setting;
import xsh.cfg.vif.VifDefaults;

/**
 * Reads a parsed xl.cfg into a {@link DomainConfig} the way xl 4.17's
 * {@code parse_config_data} does, key by key in the same order, so that the same warnings
 * appear in the same order and the same first fatal error ends the reading.
 *
 * <p><b>What is checked here (xl's parse time)</b>: the file's syntax; the accessors' type
 * rules (a value of the wrong shape is a warning and the key counts as absent); the name is
 * given; type/builder values and their agreement; the UUID's form; {@code maxvcpus} not
 * below {@code vcpus}; CPU list syntax of {@code cpus}/{@code cpus_soft}; grant limits in
 * range; {@code on_*} spellings; the PV/PVH kernel-or-bootloader rule and pvgrub firmware
 * names; HVM BIOS names, viridian enlightenments, vga and device model versions; disk specs
 * and vif rates; the vnclisten/vncdisplay clash.
 *
 * <p><b>What is left to create time (needs a host)</b>: the name being unused
 * ({@code Domain with name "X" already exists.}), the pool existing, free memory, the
 * pCPUs that {@code all} and {@code node:} mean, scheduler parameter ranges, files and
 * devices existing, and libxl's own consistency checks (e.g. direct boot parameters for HVM
 * without a kernel, videoram minimums, usbversion with usbdevice).
 *
 * <p><b>Not modelled</b> (left in the raw settings, not checked): vnuma, vuart, rdm, dtdev,
 * passthrough, tsc_mode, timer_mode, altp2m, vmtrace_buf_kb, ioports, irqs, iomem, p9, vtpm,
 * vdispl, pvcalls, vsnd, channel, usbctrl, usbdev, cpuid, hdtype, spice*, gfx_passthru,
 * vendor_device, gic_version, tee, vkb, stubdomain_*, device_model_args*, mmio_hole,
 * smbios/acpi firmware, ms_vm_genid, rdm_mem_boundary, mca_caps. xl's own fatal errors for
 * bad values of these keys are therefore not reproduced.
 */
public final class DomainConfigReader {

    private DomainConfigReader() {
    }

    /** Reads a parsed file with a stock xl.conf (no {@code vif.default.*} settings). */
    public static DomainConfigResult read(ParsedConfig parsed) {
        return read(parsed, VifDefaults.NONE);
    }

    /**
     * Reads a parsed file; a file with syntax errors is unusable, as xl's "Failed to parse config".
     *
     * @param vifDefaults xl.conf's {@code vif.default.*}, which xl copies into every vif
     */
    public static DomainConfigResult read(ParsedConfig parsed, VifDefaults vifDefaults) {
        if (parsed.hasErrors()) {
            // which keys apply depends on the type, which a broken file may not have parsed
            return new DomainConfigResult(Optional.empty(), parsed.diagnostics(), ReadContext.EXIT_FAILURE, List.of());
        }
        Diagnostics diagnostics = new Diagnostics(parsed.source());
        DomainConfigResult result = read(parsed.settings(), diagnostics, vifDefaults);
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(result.diagnostics());
        return new DomainConfigResult(result.config(), all, result.exitCode(), result.ignoredKeys());
    }

    /** Reads settings with a stock xl.conf, recording warnings and the fatal error in {@code diagnostics}. */
    public static DomainConfigResult read(RawConfig settings, Diagnostics diagnostics) {
        return read(settings, diagnostics, VifDefaults.NONE);
    }

    /** Reads settings, recording warnings and the fatal error (if any) in {@code diagnostics}. */
    public static DomainConfigResult read(RawConfig settings, Diagnostics diagnostics, VifDefaults vifDefaults) {
        DomainConfigBuilder builder = new DomainConfigBuilder();
        ReadContext ctx = new ReadContext(settings, diagnostics);
        try {
            new Steps(ctx, vifDefaults).run(builder);
        } catch (FatalConfigError fatal) {
            return new DomainConfigResult(Optional.empty(), diagnostics.all(), fatal.exitCode(),
                    ignoredKeys(settings, builder.type));
        }
        List<IgnoredKey> ignored = ignoredKeys(settings, builder.type);
        return new DomainConfigResult(Optional.of(builder.build(ignored)), diagnostics.all(), 0, ignored);
    }

    static List<IgnoredKey> ignoredKeys(RawConfig settings, DomainType type) {
        List<IgnoredKey> ignored = new ArrayList<>();
        for (Setting setting : settings.settings()) {
            String key = setting.key();
            if (!XlKeys.isKnown(key)) {
                ignored.add(new IgnoredKey(key, setting.last().keySpan(), IgnoredKey.Reason.UNKNOWN,
                        XlKeys.suggestionFor(key), Optional.of(type)));
            } else if (!XlKeys.readFor(key, type)) {
                ignored.add(new IgnoredKey(key, setting.last().keySpan(), IgnoredKey.Reason.NOT_FOR_TYPE,
                        Optional.empty(), Optional.of(type)));
            }
        }
        return ignored;
    }

    /** xl's sequence of reads, each step owned by the reader of its topic. */
    private static final class Steps {
        private final IdentityReader identity;
        private final FlagReader flags;
        private final SchedulingReader scheduling;
        private final SizingReader sizing;
        private final GrantLimitsReader grants;
        private final LifecycleReader lifecycle;
        private final PciReader pci;
        private final MiscReader misc;
        private final BootReader boot;
        private final HvmPlatformReader hvmPlatform;
        private final GraphicsReader graphics;
        private final EmulatedDeviceReader emulated;
        private final DeviceModelReader deviceModel;
        private final AffinityReader affinity;
        private final DeviceReader devices;

        Steps(ReadContext ctx, VifDefaults vifDefaults) {
            identity = new IdentityReader(ctx);
            flags = new FlagReader(ctx);
            scheduling = new SchedulingReader(ctx);
            sizing = new SizingReader(ctx);
            grants = new GrantLimitsReader(ctx);
            lifecycle = new LifecycleReader(ctx);
            pci = new PciReader(ctx);
            misc = new MiscReader(ctx);
            boot = new BootReader(ctx);
            hvmPlatform = new HvmPlatformReader(ctx, flags);
            graphics = new GraphicsReader(ctx);
            emulated = new EmulatedDeviceReader(ctx);
            deviceModel = new DeviceModelReader(ctx);
            affinity = new AffinityReader(ctx);
            devices = new DeviceReader(ctx, vifDefaults);
        }

        void run(DomainConfigBuilder b) {
            identity.readSecurityLabels(b);
            identity.readType(b);
            flags.read(b, DomainFlag.HAP);
            identity.readName(b);
            identity.readUuid(b);
            flags.read(b, DomainFlag.OOS);
            identity.readPool(b);
            boot.readPvShim(b);
            scheduling.read(b);
            sizing.readMemory(b);
            sizing.readVcpus(b);
            sizing.checkVcpus(b);
            affinity.read(b);
            grants.read(b);
            lifecycle.read(b);
            flags.read(b, DomainFlag.E820_HOST);
            pci.read(b);
            sizing.readShadowMemory(b);
            flags.read(b, DomainFlag.NOMIGRATE);
            misc.readRtcTimeoffset(b);
            misc.warnAboutVncviewer();
            flags.read(b, DomainFlag.LOCALTIME);
            sizing.readVideoram(b);
            misc.readMaxEventChannels(b);
            boot.readKernel(b);
            flags.read(b, DomainFlag.DRIVER_DOMAIN, DomainFlag.ACPI);
            boot.readBootloader(b);
            flags.read(b, DomainFlag.NESTEDHVM);
            if (b.type == DomainType.HVM) {
                hvmPlatform.read(b);
            } else {
                boot.readPvFirmwareAndCheck(b);
            }
            devices.readDisks(b);
            devices.readVifs(b);
            misc.warnAboutVif2();
            graphics.readFramebuffers(b);
            deviceModel.read(b);
            graphics.readTopLevel(b);
            flags.read(b, DomainFlag.DM_RESTRICT);
            if (b.type == DomainType.HVM) {
                readHvmDevices(b);
            }
            flags.read(b, DomainFlag.XEND_SUSPEND_EVTCHN_COMPAT, DomainFlag.MSR_RELAXED, DomainFlag.VPMU);
        }

        private void readHvmDevices(DomainConfigBuilder b) {
            graphics.readHvmCard(b);
            emulated.read(b);
            flags.read(b, DomainFlag.VKB_DEVICE);
            emulated.readSoundhw(b);
            flags.read(b, DomainFlag.XEN_PLATFORM_PCI);
            graphics.checkVncDisplay(b);
        }
    }
}
