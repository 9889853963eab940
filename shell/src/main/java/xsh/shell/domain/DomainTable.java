package xsh.shell.domain;

import java.util.List;
import java.util.Map;
import xsh.hv.DomainInfo;
import xsh.shell.render.CText;

/**
 * {@code xl list}'s table, byte for byte (§2.1): the header with its TABs, rows of
 * {@code "%-40s %5d %5lu %5d     %c%c%c%c%c%c  %8.1f"}, then with {@code -v} the UUID, the
 * shut-down reason in hex and the security label, with {@code -Z} the label alone, with
 * {@code -c} the cpupool, and with {@code -n} the NUMA nodes the domain is placed on. The time
 * is xl's {@code (float)cpu_time / 1e9}, so it has a float's precision as xl's has.
 */
public final class DomainTable {

    static final String HEADER = "Name                                        ID   Mem VCPUs\tState\tTime(s)";
    static final String VERBOSE_HEADER = "   UUID                            Reason-Code\tSecurity Label";
    static final String CONTEXT_HEADER = "   Security Label";
    static final String CPUPOOL_HEADER = "         Cpupool";
    static final String NUMA_HEADER = " NODE Affinity";
    /** The embedded host has no XSM labels; xl prints this for a domain without one. */
    static final String NO_LABEL = "-";

    /** Which of xl's optional columns to show. */
    public record Columns(boolean verbose, boolean cpupool, boolean context, boolean numa) {
        public static final Columns PLAIN = new Columns(false, false);

        public Columns(boolean verbose, boolean cpupool) {
            this(verbose, cpupool, false, false);
        }
    }

    private DomainTable() {
    }

    /** The table; {@code colour} only for a terminal, which then sees ANSI colours in the State column. */
    public static String render(List<DomainInfo> domains, Columns columns, boolean colour) {
        return render(domains, columns, Map.of(), colour);
    }

    /** @param nodeAffinity for {@code -n}: each domain's nodes as print_bitmap writes them, by domid */
    public static String render(List<DomainInfo> domains, Columns columns, Map<Integer, String> nodeAffinity,
                                boolean colour) {
        StringBuilder out = new StringBuilder(HEADER);
        if (columns.verbose()) {
            out.append(VERBOSE_HEADER);
        }
        if (columns.context() && !columns.verbose()) {
            out.append(CONTEXT_HEADER);
        }
        if (columns.cpupool()) {
            out.append(CPUPOOL_HEADER);
        }
        if (columns.numa()) {
            out.append(NUMA_HEADER);
        }
        out.append('\n');
        for (DomainInfo domain : domains) {
            row(out, domain, columns, nodeAffinity, colour);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, DomainInfo d, Columns columns, Map<Integer, String> nodeAffinity,
                            boolean colour) {
        out.append(CText.padRight(d.name(), 40))
                .append(' ').append(CText.padLeft(Integer.toString(d.domid()), 5))
                .append(' ').append(CText.padLeft(Long.toUnsignedString(d.currentKib() / 1024), 5))
                .append(' ').append(CText.padLeft(Integer.toString(d.onlineVcpus()), 5))
                .append("     ").append(colour ? StateColours.coloured(d.state()) : d.state().flags())
                .append("  ").append(CText.fixed(seconds(d.cpuTimeNanos()), 8, 1));
        if (columns.verbose()) {
            out.append(' ').append(d.uuid());
            String reason = d.state().shutdown().map(r -> Integer.toHexString(r.code())).orElse("-");
            out.append(' ').append(CText.padLeft(reason, 8));
        }
        if (columns.verbose() || columns.context()) {
            out.append(' ').append(CText.padLeft(NO_LABEL, 16));
        }
        if (columns.cpupool()) {
            out.append(CText.padLeft(d.pool(), 16));
        }
        if (columns.numa()) {
            out.append(' ').append(nodeAffinity.getOrDefault(d.domid(), "none"));
        }
        out.append('\n');
    }

    /** xl's {@code ((float)info[i].cpu_time / 1e9)}: the float rounding is part of the output. */
    static double seconds(long cpuTimeNanos) {
        return (float) cpuTimeNanos / 1e9;
    }
}
