package xsh.shell.top;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.DomainInfo;
import xsh.shell.domain.DomainJson;
import xsh.toolstack.top.StateCounts;
import xsh.toolstack.top.TopFrame;
import xsh.toolstack.top.TopRow;
import xsh.toolstack.top.TopSample;

/**
 * {@code top --json}: one object per frame: the time, the host, the domains counted by state,
 * and each domain as {@code list --json} shows it plus what top adds (the cpu share since the
 * previous frame, null in the first; the memory shares; the uptime), in the frame's order.
 */
final class TopJson {

    private TopJson() {
    }

    static Map<String, Object> of(TopFrame frame) {
        TopSample s = frame.sample();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("time", s.at().toString());
        json.put("host", s.hostName());
        json.put("xen_version", s.xenVersion());
        json.put("cpus", s.cpus());
        json.put("cpu_mhz", s.cpuKhz() / 1000);
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("total_kib", s.totalKib());
        memory.put("used_kib", s.usedKib());
        memory.put("free_kib", s.freeKib());
        json.put("memory", memory);
        json.put("states", states(frame.states()));
        json.put("sorted_by", frame.sortedBy().key());
        List<DomainInfo> domains = frame.rows().stream().map(TopRow::domain).toList();
        List<Map<String, Object>> rows = DomainJson.of(domains);
        for (int i = 0; i < rows.size(); i++) {
            TopRow row = frame.rows().get(i);
            Map<String, Object> d = rows.get(i);
            d.put("cpu_percent", row.cpuPercent().isPresent() ? tenths(row.cpuPercent().getAsDouble()) : null);
            d.put("memory_percent", tenths(row.memoryPercent()));
            d.put("max_memory_percent", tenths(row.maxMemoryPercent()));
            d.put("uptime_seconds", row.uptimeSeconds());
        }
        json.put("domains", rows);
        return json;
    }

    private static Map<String, Object> states(StateCounts c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", c.total());
        json.put("running", c.running());
        json.put("blocked", c.blocked());
        json.put("paused", c.paused());
        json.put("crashed", c.crashed());
        json.put("dying", c.dying());
        json.put("shutdown", c.shutdown());
        return json;
    }

    /** A share as the table prints it, to a tenth. */
    private static BigDecimal tenths(double percent) {
        return new BigDecimal(percent).setScale(1, RoundingMode.HALF_EVEN);
    }
}
