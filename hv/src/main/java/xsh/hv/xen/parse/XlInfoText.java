package xsh.hv.xen.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.HostInfo;
import xsh.hv.NumaNode;

/**
 * {@code xl info}'s {@code key : value} lines (§2.3 of the reference) read into a
 * {@link HostInfo}, and from {@code xl info -n} the node of every pCPU and the NUMA nodes'
 * memory and distances. Keys an xl version does not print (no {@code virt_caps} before 4.13,
 * no {@code build_id} on old builds) take their neutral value; keys xsh does not know
 * ({@code arm_sve_vector_length}, {@code xenstore_features}, {@code xend_config_format}) are
 * passed over. Only what no host can lack is required: cpus, memory, Xen's version and
 * scheduler.
 */
public final class XlInfoText {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:(.*)");
    private static final Pattern VIRT_START = Pattern.compile("virt_start=0x(\\p{XDigit}+)");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(.*)");

    private XlInfoText() {
    }

    public static HostInfo parse(String info, Optional<String> infoNuma) {
        Fields v = fields(info);
        Map<String, String> f = v.values;
        int nrCpus = v.integer("nr_cpus", null);
        int nrNodes = v.integer("nr_nodes", 1);
        int[] version = version(v);
        String extra = f.containsKey("xen_extra") ? f.get("xen_extra") : versionExtra(f.getOrDefault("xen_version", ""));
        Scheduler scheduler = Scheduler.fromName(v.required("xen_scheduler")).orElse(Scheduler.UNKNOWN);
        long totalMib = v.number("total_memory", null);
        long freeMib = v.number("free_memory", null);
        Matcher virtStart = VIRT_START.matcher(f.getOrDefault("platform_params", ""));
        long virtStartValue = virtStart.find() ? Long.parseUnsignedLong(virtStart.group(1), 16) : 0;
        Optional<Topology> topology = infoNuma.map(Topology::parse);
        List<Integer> nodeOfCpu = topology.map(t -> t.nodeOfCpu).orElseGet(() -> nrNodes <= 1
                ? Collections.nCopies(nrCpus, 0)
                : List.of());
        List<NumaNode> numaNodes = topology.map(t -> t.nodes)
                .filter(nodes -> !nodes.isEmpty())
                .orElseGet(() -> NumaNode.evenSplit(Math.max(1, nrNodes), totalMib, freeMib));
        return new HostInfo(f.getOrDefault("host", ""), f.getOrDefault("release", ""), f.getOrDefault("version", ""),
                f.getOrDefault("machine", ""), nrCpus, v.integer("max_cpu_id", nrCpus - 1), nrNodes,
                v.integer("cores_per_socket", 1), v.integer("threads_per_core", 1), v.khz("cpu_mhz"),
                f.getOrDefault("hw_caps", ""), f.getOrDefault("virt_caps", ""), totalMib, freeMib,
                v.number("sharing_freed_memory", 0L), v.number("sharing_used_memory", 0L),
                v.number("outstanding_claims", 0L), v.integer("free_cpus", 0), version[0], version[1], extra,
                f.getOrDefault("xen_caps", ""), scheduler, v.integer("xen_pagesize", 4096), virtStartValue,
                f.getOrDefault("xen_changeset", ""), f.getOrDefault("xen_commandline", ""),
                f.getOrDefault("cc_compiler", ""), f.getOrDefault("cc_compile_by", ""),
                f.getOrDefault("cc_compile_domain", ""), f.getOrDefault("cc_compile_date", ""),
                f.getOrDefault("build_id", ""), nodeOfCpu, numaNodes);
    }

    /** Every {@code key : value} line outside the {@code -n} tables, the value without its padding. */
    private static Fields fields(String text) {
        Fields fields = new Fields(new LinkedHashMap<>(), new LinkedHashMap<>());
        boolean inTable = false;
        for (Lines.Line line : Lines.nonBlank(text)) {
            Matcher m = FIELD.matcher(line.text());
            if (Topology.isTableLine(line.text())) {
                continue;
            }
            if (!m.matches()) {
                if (inTable) {
                    continue; // a device topology row or a table line of a newer xl
                }
                throw line.error("not an xl info line");
            }
            String key = m.group(1);
            inTable = Topology.TABLES.contains(key);
            fields.values.put(key, m.group(2).strip());
            fields.lines.put(key, line);
        }
        return fields;
    }

    private static int[] version(Fields v) {
        if (v.values.containsKey("xen_major") || !v.values.containsKey("xen_version")) {
            return new int[] {v.integer("xen_major", null), v.integer("xen_minor", null)};
        }
        Matcher m = VERSION.matcher(v.values.get("xen_version"));
        if (!m.matches()) {
            throw v.lines.get("xen_version").error("not a Xen version");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String versionExtra(String version) {
        Matcher m = VERSION.matcher(version);
        return m.matches() ? m.group(3) : "";
    }

    /** The values by key, converted, with xl's line named when one does not convert. */
    private record Fields(Map<String, String> values, Map<String, Lines.Line> lines) {

        String required(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("xl info: no '" + key + "' line");
            }
            return value;
        }

        int integer(String key, Integer absent) {
            return convert(key, absent, Integer::parseInt);
        }

        long number(String key, Long absent) {
            return convert(key, absent, Long::parseLong);
        }

        /** {@code cpu_mhz}'s {@code %d.%03d}: MHz with three decimals, which is exactly kHz. */
        long khz(String key) {
            return convert(key, 0L, text -> new BigDecimal(text).movePointRight(3).longValueExact());
        }

        private <T> T convert(String key, T absent, Function<String, T> conversion) {
            String value = values.get(key);
            if (value == null) {
                if (absent == null) {
                    required(key);
                }
                return absent;
            }
            try {
                return conversion.apply(value);
            } catch (NumberFormatException | ArithmeticException e) {
                throw lines.get(key).error("not a number for " + key);
            }
        }
    }

    /** {@code xl info -n}'s cpu_topology and numa_info tables. */
    private static final class Topology {

        /** The keys whose lines start a table ({@code device topology} has a space and no key). */
        static final List<String> TABLES = List.of("cpu_topology", "numa_info");
        private static final Pattern CPU_ROW = Pattern.compile("\\s*(\\d+):\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s*");
        // a distance Xen does not know is its ~0 marker, which %d prints as -1
        private static final Pattern NODE_ROW = Pattern.compile("\\s*(\\d+):\\s+(\\d+)\\s+(\\d+)\\s+(-?\\d+(?:,-?\\d+)*)\\s*");
        private static final Pattern DEVICE_ROW = Pattern.compile("\\p{XDigit}{4}:\\p{XDigit}{2}:\\p{XDigit}{2}\\.\\p{XDigit}\\s+\\d+\\s*");

        final List<Integer> nodeOfCpu = new ArrayList<>();
        final List<NumaNode> nodes = new ArrayList<>();

        static boolean isTableLine(String text) {
            return text.startsWith("cpu:") || text.startsWith("node:") || text.startsWith("device ")
                    || text.equals("No device topology data available") || CPU_ROW.matcher(text).matches()
                    || NODE_ROW.matcher(text).matches() || DEVICE_ROW.matcher(text).matches();
        }

        static Topology parse(String text) {
            Topology t = new Topology();
            String table = "";
            for (Lines.Line line : Lines.nonBlank(text)) {
                String s = line.text();
                if (s.startsWith("cpu_topology ")) {
                    table = "cpu";
                } else if (s.startsWith("device topology")) {
                    table = "device";
                } else if (s.startsWith("numa_info ")) {
                    table = "numa";
                } else if (table.equals("cpu") && CPU_ROW.matcher(s).matches()) {
                    Matcher m = CPU_ROW.matcher(s);
                    m.matches();
                    int cpu = Integer.parseInt(m.group(1));
                    // xl leaves out the pCPUs whose place Xen does not know: they stay on node 0
                    while (t.nodeOfCpu.size() < cpu) {
                        t.nodeOfCpu.add(0);
                    }
                    // a node Xen does not know prints as -1 (its ~0 marker through %d): node 0 then too
                    t.nodeOfCpu.add(Math.max(0, Integer.parseInt(m.group(4))));
                } else if (table.equals("numa") && NODE_ROW.matcher(s).matches()) {
                    Matcher m = NODE_ROW.matcher(s);
                    m.matches();
                    List<Integer> distances = new ArrayList<>();
                    for (String d : m.group(4).split(",")) {
                        distances.add(Integer.parseInt(d));
                    }
                    t.nodes.add(new NumaNode(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), distances));
                } else if (FIELD.matcher(s).matches() && !isTableLine(s)) {
                    table = "";
                } else if (!table.isEmpty() && !isTableLine(s)) {
                    throw line.error("not a row of xl info -n's " + table + " table");
                }
            }
            return t;
        }
    }
}
