package xsh.hv.xen.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.CpupoolInfo;

/**
 * {@code xl cpupool-list} (name, CPU count, scheduler, active, domain count) and
 * {@code xl cpupool-list -c} (name and CPU list) joined by pool name. xl shows no pool ids;
 * they are given by order, which is the order of their ids, so Pool-0 is 0.
 *
 * <p>xl pads names to 19 columns with nothing after them, so in {@code -c} a longer name runs
 * into its CPU list ({@code production-database-pool0,1,2,3}): each {@code -c} row is read as
 * the longest name of the first listing that starts it, and the list after it.
 */
public final class CpupoolText {

    private CpupoolText() {
    }

    /** One row of the first listing. */
    private record Row(Lines.Line line, String name, Scheduler scheduler, int domains) {
    }

    public static List<CpupoolInfo> parse(String list, String listWithCpus) {
        List<Row> rows = rows(list);
        Map<String, BitSet> cpus = cpuLists(listWithCpus, rows.stream().map(Row::name).toList());
        List<CpupoolInfo> pools = new ArrayList<>();
        for (Row row : rows) {
            BitSet poolCpus = cpus.get(row.name());
            if (poolCpus == null) {
                throw row.line().error("pool '" + row.name() + "' is not in xl cpupool-list -c");
            }
            pools.add(new CpupoolInfo(pools.size(), row.name(), row.scheduler(), poolCpus, row.domains()));
        }
        return pools;
    }

    private static List<Row> rows(String list) {
        List<Lines.Line> lines = Lines.nonBlank(list);
        header(lines, "Sched", "cpupool-list");
        List<Row> rows = new ArrayList<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            String[] w = line.text().strip().split("\\s+");
            int at = w.length - 4;
            if (at < 1) {
                throw line.error("expected Name CPUs Sched Active Domain count");
            }
            Lines.integer(line, w[at], "CPUs"); // -c's list says which
            Scheduler scheduler = Scheduler.fromName(w[at + 1])
                    .orElseThrow(() -> line.error("not a scheduler ('" + w[at + 1] + "')"));
            rows.add(new Row(line, String.join(" ", Arrays.asList(w).subList(0, at)), scheduler,
                    Lines.integer(line, w[at + 3], "Domain count")));
        }
        return rows;
    }

    /** Each pool's CPUs by name; a pool without CPUs has its name alone on its line. */
    private static Map<String, BitSet> cpuLists(String text, List<String> names) {
        List<Lines.Line> lines = Lines.nonBlank(text);
        header(lines, "CPU list", "cpupool-list -c");
        List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, BitSet> cpus = new LinkedHashMap<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            String row = line.text().strip();
            Optional<String> name = longestFirst.stream()
                    .filter(n -> row.startsWith(n) && row.substring(n.length()).strip().matches("[0-9,-]*"))
                    .findFirst();
            if (name.isEmpty()) {
                throw line.error("no pool of xl cpupool-list");
            }
            cpus.put(name.get(), Bitmaps.parse(line, row.substring(name.get().length()).strip(), 0));
        }
        return cpus;
    }

    private static void header(List<Lines.Line> lines, String column, String command) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("line 1: no xl " + command + " header: ''");
        }
        String text = lines.get(0).text();
        if (!text.startsWith("Name") || !text.contains(column)) {
            throw lines.get(0).error("not an xl " + command + " header");
        }
    }
}
