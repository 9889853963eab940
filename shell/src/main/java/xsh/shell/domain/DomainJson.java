package xsh.shell.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import xsh.hv.DomainInfo;
import xsh.hv.DomainState;

/**
 * {@code list --json}: one object per domain, in {@code list}'s order (schema in the README).
 * Everything the table shows and what it cannot: exact cpu time, the memory target and
 * maximum, the pause count, the start time.
 */
public final class DomainJson {

    private DomainJson() {
    }

    public static List<Map<String, Object>> of(List<DomainInfo> domains) {
        return domains.stream().map(DomainJson::of).toList();
    }

    static Map<String, Object> of(DomainInfo d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("domid", d.domid());
        json.put("name", d.name());
        json.put("uuid", d.uuid().toString());
        json.put("type", d.type().xlName());
        json.put("state", state(d.state()));
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("current_kib", d.currentKib());
        memory.put("target_kib", d.targetKib());
        memory.put("max_kib", d.maxKib());
        json.put("memory", memory);
        Map<String, Object> vcpus = new LinkedHashMap<>();
        vcpus.put("online", d.onlineVcpus());
        vcpus.put("max", d.maxVcpus());
        json.put("vcpus", vcpus);
        json.put("cpu_time_ns", d.cpuTimeNanos());
        json.put("started", d.started().toString());
        json.put("cpupool", d.pool());
        return json;
    }

    private static Map<String, Object> state(DomainState s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flags", s.flags());
        json.put("running", s.running());
        json.put("blocked", s.blocked());
        json.put("paused", s.paused());
        json.put("pause_count", s.pauseCount());
        json.put("shutdown", s.shutdown().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null));
        json.put("dying", s.dying());
        return json;
    }
}
