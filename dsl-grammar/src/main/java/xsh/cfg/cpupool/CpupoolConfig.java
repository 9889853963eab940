package xsh.cfg.cpupool;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A cpupool config ({@code xl cpupool-create FILE}) as xl reads it before it asks the host
 * anything. {@link CpupoolPlanner} then checks it against a host.
 *
 * @param source    the config's name in messages: the file as given, or {@code command line}
 * @param name      {@code name=}, else the file's basename (extension kept)
 * @param scheduler {@code sched=}; absent means the host's default scheduler
 * @param cpus      the CPUs asked for
 */
public record CpupoolConfig(String source, String name, Optional<Scheduler> scheduler, CpuSelection cpus) {

    /**
     * xsh's typed view ({@code cfg show --cpupool --json}): {@code name}; {@code sched} when
     * given; and {@code cpus} as one of {@code {"nodes": [..]}}, {@code {"cpus": [..]}},
     * {@code {"cpulist": ".."}} or {@code {}} for a pool created without CPUs.
     */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        scheduler.ifPresent(s -> out.put("sched", s.libxlName()));
        Map<String, Object> selection = new LinkedHashMap<>();
        if (cpus instanceof CpuSelection.Nodes nodes) {
            selection.put("nodes", nodes.nodes());
        } else if (cpus instanceof CpuSelection.CpuNumbers numbers) {
            selection.put("cpus", numbers.cpus());
        } else if (cpus instanceof CpuSelection.CpuListString list) {
            selection.put("cpulist", list.cpuList().toString());
        }
        out.put("cpus", selection);
        return out;
    }
}
