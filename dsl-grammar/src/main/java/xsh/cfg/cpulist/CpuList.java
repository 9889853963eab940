package xsh.cfg.cpulist;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;

/**
 * A CPULIST as xl reads it ({@code cpus=}, {@code cpus_soft=}, vcpu-pin, cpupools,
 * xl.conf's {@code vm.cpumask}): comma-separated items, each an optional {@code ^}
 * (remove), an optional {@code node:} or {@code nodes:}, then {@code all}, {@code N} or
 * {@code N-M}. Items apply left to right to an empty set, so {@code "0-3,5,^1"} is
 * 0,2,3,5. Empty items are skipped.
 *
 * <p>The list stays symbolic: {@link #toString()} gives it back as written, and
 * {@link #resolve(HostTopology)} turns it into CPUs for a given host.
 */
public final class CpuList {

    private final String text;
    private final List<CpuListItem> items;

    private CpuList(String text, List<CpuListItem> items) {
        this.text = text;
        this.items = List.copyOf(items);
    }

    /**
     * @throws CpuListException with xl's {@code Invalid pcpu range: X.} or
     *                          {@code Can't combine "^" and "all".}
     */
    public static CpuList parse(String text) {
        List<CpuListItem> items = new ArrayList<>();
        for (String item : text.split(",")) {
            if (!item.isEmpty()) {
                items.add(parseItem(text, item));
            }
        }
        return new CpuList(text, items);
    }

    private static CpuListItem parseItem(String list, String item) {
        String rest = item;
        boolean exclude = rest.startsWith("^");
        if (exclude) {
            rest = rest.substring(1);
        }
        boolean nodes = rest.startsWith("node:") || rest.startsWith("nodes:");
        if (nodes) {
            rest = rest.substring(rest.indexOf(':') + 1);
        }
        if (rest.equals("all")) {
            if (exclude) {
                throw new CpuListException("Can't combine \"^\" and \"all\".",
                        "invalid cpu list \"" + list + "\": \"" + item + "\" would remove every cpu");
            }
            return new CpuListItem(item, false, nodes, true, 0, 0);
        }
        long[] range = parseRange(rest);
        if (range == null) {
            // xl names the item without its ^ and node: prefixes
            throw new CpuListException("Invalid pcpu range: " + rest + ".",
                    "invalid cpu list \"" + list + "\": \"" + item
                            + "\" is not all, N or N-M (with N <= M), optionally after ^ and node:");
        }
        return new CpuListItem(item, exclude, nodes, false, range[0], range[1]);
    }

    /** xl's parse_range: {@code N} or {@code N-M} read by strtoul, nothing after; null if invalid. */
    private static long[] parseRange(String s) {
        Conversion first = CNumbers.strtoul(s, 0, 10);
        if (first.end() == 0 || first.value() == CNumbers.ULONG_MAX) {
            return null;
        }
        Conversion last = first;
        if (first.end() < s.length() && s.charAt(first.end()) == '-') {
            int from = first.end() + 1;
            last = CNumbers.strtoul(s, from, 10);
            if (last.end() == from || last.value() == CNumbers.ULONG_MAX
                    || Long.compareUnsigned(last.value(), first.value()) < 0) {
                return null;
            }
        }
        return last.end() == s.length() ? new long[] {first.value(), last.value()} : null;
    }

    public List<CpuListItem> items() {
        return items;
    }

    /**
     * The CPUs this list selects on {@code host}, within a map of
     * {@link HostTopology#cpuMapBits()} bits: {@code all} sets every one of them, so a
     * 4-CPU host gets bits 0-7, just as xl's bitmap does.
     */
    public BitSet resolve(HostTopology host) {
        BitSet map = new BitSet(host.cpuMapBits());
        for (CpuListItem item : items) {
            item.applyTo(map, host);
        }
        return map;
    }

    /**
     * Prints a CPU or node set as xl's print_bitmap does over its first {@code nrBits}
     * bits: {@code all} when every one is set, {@code none} when none is, otherwise ranges
     * such as {@code 0-3,5,7-8}.
     */
    public static String format(BitSet bits, int nrBits) {
        List<String> runs = new ArrayList<>();
        int start = bits.nextSetBit(0);
        while (start >= 0 && start < nrBits) {
            int end = Math.min(bits.nextClearBit(start), nrBits) - 1;
            runs.add(end > start ? start + "-" + end : Integer.toString(start));
            start = end + 1 < nrBits ? bits.nextSetBit(end + 1) : -1;
        }
        if (runs.isEmpty()) {
            return "none";
        }
        if (runs.size() == 1 && bits.nextClearBit(0) >= nrBits) {
            return "all";
        }
        return String.join(",", runs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CpuList other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The list as written. */
    @Override
    public String toString() {
        return text;
    }
}
