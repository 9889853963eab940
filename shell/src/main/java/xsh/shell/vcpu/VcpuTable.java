package xsh.shell.vcpu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.cfg.cpulist.CpuList;
import xsh.hv.VcpuInfo;
import xsh.shell.render.CText;
import xsh.toolstack.domain.Domids;
import xsh.toolstack.vcpu.DomainVcpus;
import xsh.toolstack.vcpu.VcpuListing;

/**
 * {@code xl vcpu-list}'s table, byte for byte (§2.4): the header of
 * {@code "%-32s %5s %5s %5s %5s %9s %s"}, then per vcpu {@code "%-32s %5u %5u"} followed with
 * no space by the CPU and state ({@code "%5u %3c%c- "} online, {@code "%5c %3c%cp "} offline),
 * so the CPU column sits one character left of its heading, as in xl; then the time as
 * {@code "%9.1f  "} and the hard and soft affinity over the host's pCPUs.
 */
public final class VcpuTable {

    static final String HEADER = CText.padRight("Name", 32) + " " + CText.padLeft("ID", 5) + " "
            + CText.padLeft("VCPU", 5) + " " + CText.padLeft("CPU", 5) + " " + CText.padLeft("State", 5) + " "
            + CText.padLeft("Time(s)", 9) + " Affinity (Hard / Soft)";

    private VcpuTable() {
    }

    public static String render(VcpuListing listing) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (DomainVcpus domain : listing.domains()) {
            for (VcpuInfo v : domain.vcpus()) {
                row(out, domain, v, listing.nrCpus());
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, DomainVcpus d, VcpuInfo v, int nrCpus) {
        out.append(CText.padRight(d.name(), 32))
                .append(' ').append(CText.padLeft(Domids.text(d.domid()), 5))
                .append(' ').append(CText.padLeft(Integer.toString(v.vcpu()), 5));
        if (v.online()) {
            out.append(CText.padLeft(Integer.toString(v.cpu()), 5)).append("   ")
                    .append(v.running() ? 'r' : '-').append(v.blocked() ? 'b' : '-').append("- ");
        } else {
            out.append("    -   --p ");
        }
        out.append(CText.fixed(seconds(v.cpuTimeNanos()), 9, 1)).append("  ")
                .append(CpuList.format(v.hardAffinity(), nrCpus)).append(" / ")
                .append(CpuList.format(v.softAffinity(), nrCpus)).append('\n');
    }

    /** xl's {@code (float)vcpu_time / 1e9}: the float rounding shows in the output. */
    static double seconds(long nanos) {
        return (float) nanos / 1e9;
    }

    /** {@code vcpu-list --json}: one object per vcpu, in the table's order. */
    public static List<Map<String, Object>> json(VcpuListing listing) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DomainVcpus domain : listing.domains()) {
            for (VcpuInfo v : domain.vcpus()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("domid", domain.domid());
                row.put("name", domain.name());
                row.put("vcpu", v.vcpu());
                row.put("online", v.online());
                row.put("cpu", v.online() ? v.cpu() : null);
                row.put("running", v.running());
                row.put("blocked", v.blocked());
                row.put("cpu_time_ns", v.cpuTimeNanos());
                row.put("hard_affinity", CpuList.format(v.hardAffinity(), listing.nrCpus()));
                row.put("soft_affinity", CpuList.format(v.softAffinity(), listing.nrCpus()));
                rows.add(row);
            }
        }
        return rows;
    }
}
