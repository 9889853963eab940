package xsh.toolstack.cpupool;

import java.util.List;
import xsh.cfg.cpupool.CpupoolPlan;

/** A pool config checked against the host: the pool to create, and the config's warnings. */
public record PlannedCpupool(CpupoolPlan plan, List<String> warnings) {

    public PlannedCpupool {
        warnings = List.copyOf(warnings);
    }
}
