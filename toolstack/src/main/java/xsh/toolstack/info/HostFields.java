package xsh.toolstack.info;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import xsh.hv.HostInfo;

/**
 * {@code xl info}'s lines, in xl's order (§2.3): uname, physinfo, memory, then the Xen
 * version and build, ending with {@code xend_config_format}, each value in xl's format
 * ({@code cpu_mhz} as {@code %d.%03d} from kHz, {@code platform_params} as
 * {@code virt_start=0x%lx}).
 */
public final class HostFields {

    /** What xl has printed here since xend was removed. */
    static final long XEND_CONFIG_FORMAT = 4;

    /** The physical facts end here; {@code xl info -n} prints its tables after this line. */
    public static final String LAST_PHYSICAL_FIELD = "free_cpus";

    private HostFields() {
    }

    public static List<HostField> of(HostInfo h) {
        List<HostField> f = new ArrayList<>();
        f.add(HostField.of("host", h.host()));
        f.add(HostField.of("release", h.release()));
        f.add(HostField.of("version", h.version()));
        f.add(HostField.of("machine", h.machine()));
        f.add(HostField.of("nr_cpus", (long) h.nrCpus()));
        f.add(HostField.of("max_cpu_id", (long) h.maxCpuId()));
        f.add(HostField.of("nr_nodes", (long) h.nrNodes()));
        f.add(HostField.of("cores_per_socket", (long) h.coresPerSocket()));
        f.add(HostField.of("threads_per_core", (long) h.threadsPerCore()));
        f.add(cpuMhz(h.cpuKhz()));
        f.add(HostField.of("hw_caps", h.hwCaps()));
        f.add(virtCaps(h.virtCaps()));
        f.add(HostField.of("total_memory", h.totalMemoryMib()));
        f.add(HostField.of("free_memory", h.freeMemoryMib()));
        f.add(HostField.of("sharing_freed_memory", h.sharingFreedMemoryMib()));
        f.add(HostField.of("sharing_used_memory", h.sharingUsedMemoryMib()));
        f.add(HostField.of("outstanding_claims", h.outstandingClaimsMib()));
        f.add(HostField.of("free_cpus", (long) h.freeCpus()));
        f.add(HostField.of("xen_major", (long) h.xenMajor()));
        f.add(HostField.of("xen_minor", (long) h.xenMinor()));
        f.add(HostField.of("xen_extra", h.xenExtra()));
        f.add(HostField.of("xen_version", h.xenVersion()));
        f.add(HostField.of("xen_caps", h.xenCaps()));
        f.add(HostField.of("xen_scheduler", h.xenScheduler().libxlName()));
        f.add(HostField.of("xen_pagesize", (long) h.xenPagesize()));
        f.add(HostField.of("platform_params", "virt_start=0x" + Long.toHexString(h.virtStart())));
        f.add(HostField.of("xen_changeset", h.xenChangeset()));
        f.add(HostField.of("xen_commandline", h.xenCommandline()));
        f.add(HostField.of("cc_compiler", h.ccCompiler()));
        f.add(HostField.of("cc_compile_by", h.ccCompileBy()));
        f.add(HostField.of("cc_compile_domain", h.ccCompileDomain()));
        f.add(HostField.of("cc_compile_date", h.ccCompileDate()));
        f.add(HostField.of("build_id", h.buildId()));
        f.add(HostField.of("xend_config_format", XEND_CONFIG_FORMAT));
        return f;
    }

    /** {@code %d.%03d} of kHz, which is also the exact decimal number of MHz. */
    static HostField cpuMhz(long khz) {
        String text = khz / 1000 + "." + String.format(Locale.ROOT, "%03d", khz % 1000);
        return new HostField("cpu_mhz", new BigDecimal(text), " " + text);
    }

    /** The capability words, each printed after a space by xl's format. */
    static HostField virtCaps(String caps) {
        List<String> words = Arrays.stream(caps.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        StringBuilder after = new StringBuilder();
        words.forEach(w -> after.append(' ').append(w));
        return new HostField("virt_caps", words, after.toString());
    }
}
