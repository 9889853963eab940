package xsh.hv;

import java.util.BitSet;
import xsh.cfg.cpupool.Scheduler;

/** A cpupool as {@code xl cpupool-list} shows it. */
public record CpupoolInfo(int id, String name, Scheduler scheduler, BitSet cpus, int domainCount) {
}
