package xsh.shell.domain;

import java.util.List;
import xsh.hv.DomainInfo;
import xsh.shell.render.CText;

/**
 * {@code xl list}'s table, byte for byte (§2.1): the header with its TABs, rows of
 * {@code "%-40s %5d %5lu %5d     %c%c%c%c%c%c  %8.1f"}, then with {@code -v} the UUID, the
 * shut-down reason in hex and the security label, and with {@code -c} the cpupool. The time
 * is xl's {@code (float)cpu_time / 1e9}, so it has a float's precision as xl's has.
 */
public final class DomainTable {

    static final String HEADER = "Name                                        ID   Mem VCPUs\tState\tTime(s)";
    static final String VERBOSE_HEADER = "   UUID                            Reason-Code\tSecurity Label";
    static final String CPUPOOL_HEADER = "         Cpupool";
    /** The embedded host has no XSM labels; xl prints this for a domain without one. */
    static final String NO_LABEL = "-";

    /** Which of xl's optional columns to show. */
    public record Columns(boolean verbose, boolean cpupool) {
        public static final Columns PLAIN = new Columns(false, false);
    }

    private DomainTable() {
    }

    /** The table; {@code colour} only for a terminal, which then sees ANSI colours in the State column. */
    public static String render(List<DomainInfo> domains, Columns columns, boolean colour) {
        StringBuilder out = new StringBuilder(HEADER);
        if (columns.verbose()) {
            out.append(VERBOSE_HEADER);
        }
        if (columns.cpupool()) {
            out.append(CPUPOOL_HEADER);
        }
        out.append('\n');
        for (DomainInfo domain : domains) {
            row(out, domain, columns, colour);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, DomainInfo d, Columns columns, boolean colour) {
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
            out.append(' ').append(CText.padLeft(NO_LABEL, 16));
        }
        if (columns.cpupool()) {
            out.append(CText.padLeft(d.pool(), 16));
        }
        out.append('\n');
    }

    /** xl's {@code ((float)info[i].cpu_time / 1e9)}: the float rounding is part of the output. */
    static double seconds(long cpuTimeNanos) {
        return (float) cpuTimeNanos / 1e9;
    }
}
