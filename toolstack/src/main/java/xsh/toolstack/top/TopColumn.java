package xsh.toolstack.top;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The columns of {@code top}, in xentop's order with its headers and widths, then the uptime
 * xentop lacks; each sorts as xentop's does: names alphabetically (case folded), states by
 * their flags in xentop's order, quantities largest first. A percent column sorts as the
 * quantity it is a share of. Equal rows keep domid order.
 */
public enum TopColumn {
    NAME("NAME", 10, "name", Comparator.comparing((TopRow r) -> r.domain().name(), String.CASE_INSENSITIVE_ORDER)),
    STATE("STATE", 6, "state", TopColumn::compareStates),
    CPU_SECONDS("CPU(sec)", 10, "cpu-time", largestFirst(r -> r.domain().cpuTimeNanos())),
    CPU_PERCENT("CPU(%)", 6, "cpu", largestFirstDouble(TopRow::cpuPercentOrZero)),
    MEMORY("MEM(k)", 10, "mem", largestFirst(r -> r.domain().currentKib())),
    MEMORY_PERCENT("MEM(%)", 6, "mem-pct", largestFirst(r -> r.domain().currentKib())),
    MAX_MEMORY("MAXMEM(k)", 10, "maxmem", largestFirst(r -> r.domain().maxKib())),
    MAX_MEMORY_PERCENT("MAXMEM(%)", 9, "maxmem-pct", largestFirst(r -> r.domain().maxKib())),
    VCPUS("VCPUS", 5, "vcpus", largestFirst(r -> r.domain().maxVcpus())),
    UPTIME("UPTIME", 11, "uptime", largestFirst(TopRow::uptimeSeconds));

    private static final Comparator<TopRow> BY_DOMID = Comparator.comparingInt(TopRow::domid);

    private final String header;
    private final int width;
    private final String key;
    private final Comparator<TopRow> order;

    TopColumn(String header, int width, String key, Comparator<TopRow> order) {
        this.header = header;
        this.width = width;
        this.key = key;
        this.order = order;
    }

    /** The heading, e.g. {@code CPU(%)}. */
    public String header() {
        return header;
    }

    /** The width values are right-aligned in (xentop's default_width); a value may be wider. */
    public int width() {
        return width;
    }

    /** The name {@code --sort} knows the column by, e.g. {@code cpu}. */
    public String key() {
        return key;
    }

    /** The rows in this column's order, domid breaking ties. */
    public Comparator<TopRow> order() {
        return order.thenComparing(BY_DOMID);
    }

    /** The column to the right, the first after the last (xentop's sort key cycles so). */
    public TopColumn next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public TopColumn previous() {
        return values()[(ordinal() + values().length - 1) % values().length];
    }

    public static Optional<TopColumn> byKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.key.equals(wanted)).findFirst();
    }

    /** The keys, for help and messages: {@code name, state, ...}. */
    public static String keys() {
        return Arrays.stream(values()).map(TopColumn::key).collect(Collectors.joining(", "));
    }

    private static Comparator<TopRow> largestFirst(ToLongFunction<TopRow> quantity) {
        return Comparator.comparingLong(quantity).reversed();
    }

    private static Comparator<TopRow> largestFirstDouble(ToDoubleFunction<TopRow> quantity) {
        return Comparator.comparingDouble(quantity).reversed();
    }

    /** A domain with a flag comes before one without, the flags weighed in xentop's order. */
    private static int compareStates(TopRow a, TopRow b) {
        String flagsA = a.stateLetters();
        String flagsB = b.stateLetters();
        for (int i = 0; i < flagsA.length(); i++) {
            boolean hasA = flagsA.charAt(i) != '-';
            boolean hasB = flagsB.charAt(i) != '-';
            if (hasA != hasB) {
                return hasA ? -1 : 1;
            }
        }
        return 0;
    }
}
