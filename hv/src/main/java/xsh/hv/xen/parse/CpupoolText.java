package xsh.hv.xen.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.CpupoolInfo;

/**
 * {@code xl cpupool-list} (name, CPU count, scheduler, active, domain count) and
 * {@code xl cpupool-list -c} (name and CPU list) joined by pool name. xl shows no pool ids;
 * they are given by order, which is the order of their ids, so Pool-0 is 0.
 */
public final class CpupoolText {

    private CpupoolText() {
    }

    public static List<CpupoolInfo> parse(String list, String listWithCpus) {
        Map<String, BitSet> cpus = cpuLists(listWithCpus);
        List<Lines.Line> lines = Lines.nonBlank(list);
        header(lines, "Sched", "cpupool-list");
        List<CpupoolInfo> pools = new ArrayList<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            String[] w = line.text().strip().split("\\s+");
            int at = w.length - 4;
            if (at < 1) {
                throw line.error("expected Name CPUs Sched Active Domain count");
            }
            String name = String.join(" ", Arrays.asList(w).subList(0, at));
            Lines.integer(line, w[at], "CPUs"); // -c's list says which
            Scheduler scheduler = Scheduler.fromName(w[at + 1])
                    .orElseThrow(() -> line.error("not a scheduler ('" + w[at + 1] + "')"));
            int domains = Lines.integer(line, w[at + 3], "Domain count");
            BitSet poolCpus = cpus.get(name);
            if (poolCpus == null) {
                throw line.error("pool '" + name + "' is not in xl cpupool-list -c");
            }
            pools.add(new CpupoolInfo(pools.size(), name, scheduler, poolCpus, domains));
        }
        return pools;
    }

    /** Each pool's CPUs by name; a pool without CPUs has its name alone on its line. */
    private static Map<String, BitSet> cpuLists(String text) {
        List<Lines.Line> lines = Lines.nonBlank(text);
        header(lines, "CPU list", "cpupool-list -c");
        Map<String, BitSet> cpus = new LinkedHashMap<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            String[] w = line.text().strip().split("\\s+");
            boolean hasList = w.length > 1 && w[w.length - 1].matches("[0-9][0-9,-]*");
            int end = hasList ? w.length - 1 : w.length;
            String name = String.join(" ", Arrays.asList(w).subList(0, end));
            cpus.put(name, hasList ? Bitmaps.parse(line, w[w.length - 1], 0) : new BitSet());
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
