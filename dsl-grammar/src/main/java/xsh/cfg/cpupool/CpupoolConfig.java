package xsh.cfg.cpupool;

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
}
