package xsh.shell.dsl;

import java.util.List;
import xsh.hv.CpupoolInfo;

/** A cpupool as {@code cpupool-list -c} shows it, when {@code cpupools()} looked. */
public final class Cpupool {

    private final CpupoolInfo info;
    Cpupool(CpupoolInfo info) {
        this.info = info;
    }

    public int getId() {
        return info.id();
    }

    public String getName() {
        return info.name();
    }

    /** {@code credit}, {@code credit2}... */
    public String getScheduler() {
        return info.scheduler().libxlName();
    }

    /** Its pCPUs' numbers, in order. */
    public List<Integer> getCpus() {
        return info.cpus().stream().boxed().toList();
    }

    public int getCpuCount() {
        return info.cpus().cardinality();
    }

    public int getDomainCount() {
        return info.domainCount();
    }

    /** {@code Pool-0 (credit, cpus 0-3, 2 domains)}. */
    @Override
    public String toString() {
        return getName() + " (" + getScheduler() + ", cpus " + getCpus() + ", " + getDomainCount() + " domains)";
    }
}
