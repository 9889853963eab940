package xsh.shell.cpupool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import xsh.hv.CpupoolInfo;
import xsh.shell.render.CText;

/**
 * {@code xl cpupool-list}'s table (§2.7): {@code "%-19s"} names, then
 * {@code "%3d %9s       y       %4d"} (pCPUs, scheduler, always active, domains); with
 * {@code -c} the pCPUs one by one, comma-separated, never as ranges.
 */
public final class CpupoolTable {

    static final String HEADER = CText.padRight("Name", 19) + "CPUs   Sched     Active   Domain count";
    static final String CPUS_HEADER = CText.padRight("Name", 19) + "CPU list";

    private CpupoolTable() {
    }

    public static String render(List<CpupoolInfo> pools, boolean cpuList) {
        StringBuilder out = new StringBuilder(cpuList ? CPUS_HEADER : HEADER).append('\n');
        for (CpupoolInfo pool : pools) {
            out.append(CText.padRight(pool.name(), 19));
            if (cpuList) {
                out.append(cpus(pool));
            } else {
                out.append(CText.padLeft(Integer.toString(pool.cpus().cardinality()), 3)).append(' ')
                        .append(CText.padLeft(pool.scheduler().libxlName(), 9)).append("       y       ")
                        .append(CText.padLeft(Integer.toString(pool.domainCount()), 4));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cpus(CpupoolInfo pool) {
        StringJoiner list = new StringJoiner(",");
        pool.cpus().stream().forEach(cpu -> list.add(Integer.toString(cpu)));
        return list.toString();
    }

    /** {@code cpupool-list --json}: one object per pool. */
    public static List<Map<String, Object>> json(List<CpupoolInfo> pools) {
        return pools.stream().map(CpupoolTable::json).toList();
    }

    private static Map<String, Object> json(CpupoolInfo pool) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", pool.id());
        json.put("name", pool.name());
        json.put("scheduler", pool.scheduler().libxlName());
        json.put("cpus", pool.cpus().stream().boxed().toList());
        json.put("domains", pool.domainCount());
        return json;
    }
}
