package xsh.shell.sched;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.PoolSchedParams;
import xsh.shell.render.CText;
import xsh.toolstack.sched.DomainWeight;
import xsh.toolstack.sched.PoolSection;

/**
 * xl's scheduler output (§2.6): a pool's line ({@code Cpupool NAME: tslice=30ms
 * ratelimit=1000us migration-delay=0us} for credit, {@code Cpupool NAME: ratelimit=1000us}
 * for credit2, or {@code [sched params unavailable]}), the table header
 * {@code "%-33s %4s %6s %4s"} and rows {@code "%-33s %4d %6d %4d"}; and the same as JSON.
 */
public final class SchedText {

    static final String HEADER = CText.padRight("Name", 33) + " " + CText.padLeft("ID", 4) + " "
            + CText.padLeft("Weight", 6) + " " + CText.padLeft("Cap", 4);

    private SchedText() {
    }

    static String poolLine(Scheduler scheduler, PoolSection pool) {
        String start = "Cpupool " + pool.pool() + ": ";
        if (pool.params().isEmpty()) {
            return start + "[sched params unavailable]";
        }
        PoolSchedParams p = pool.params().get();
        if (scheduler == Scheduler.CREDIT) {
            return start + "tslice=" + p.tsliceMs().orElse(0) + "ms ratelimit=" + p.ratelimitUs().orElse(0)
                    + "us migration-delay=" + p.migrationDelayUs().orElse(0) + "us";
        }
        return start + "ratelimit=" + p.ratelimitUs().orElse(0) + "us";
    }

    static String row(DomainWeight d) {
        return CText.padRight(d.name(), 33) + " " + CText.padLeft(Integer.toString(d.domid()), 4) + " "
                + CText.padLeft(Integer.toString(d.weight()), 6) + " " + CText.padLeft(Integer.toString(d.cap()), 4);
    }

    static String listing(Scheduler scheduler, List<PoolSection> pools) {
        StringBuilder out = new StringBuilder();
        for (PoolSection pool : pools) {
            out.append(poolLine(scheduler, pool)).append('\n').append(HEADER).append('\n');
            pool.domains().forEach(d -> out.append(row(d)).append('\n'));
        }
        return out.toString();
    }

    static Map<String, Object> json(DomainWeight d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("domid", d.domid());
        json.put("name", d.name());
        json.put("weight", d.weight());
        json.put("cap", d.cap());
        return json;
    }

    /** A pool: its name, scheduler, parameters (null when unavailable) and, in a listing, its domains. */
    static Map<String, Object> json(Scheduler scheduler, PoolSection pool, boolean withDomains) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cpupool", pool.pool());
        json.put("scheduler", scheduler.libxlName());
        json.put("params", pool.params().map(p -> params(scheduler, p)).orElse(null));
        if (withDomains) {
            List<Map<String, Object>> domains = new ArrayList<>();
            pool.domains().forEach(d -> domains.add(json(d)));
            json.put("domains", domains);
        }
        return json;
    }

    private static Map<String, Object> params(Scheduler scheduler, PoolSchedParams p) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (scheduler == Scheduler.CREDIT) {
            json.put("tslice_ms", p.tsliceMs().orElse(0));
        }
        json.put("ratelimit_us", p.ratelimitUs().orElse(0));
        if (scheduler == Scheduler.CREDIT) {
            json.put("migration_delay_us", p.migrationDelayUs().orElse(0));
        }
        return json;
    }
}
