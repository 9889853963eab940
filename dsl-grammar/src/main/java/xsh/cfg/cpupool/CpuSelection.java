package xsh.cfg.cpupool;

import java.util.List;
import xsh.cfg.cpulist.CpuList;

/**
 * Which pCPUs a new pool takes, in the three forms xl reads, tried in this order:
 * {@code nodes=[...]} (every free CPU of those NUMA nodes), {@code cpus=[...]} (CPU numbers,
 * each item read by C {@code atoi}, so {@code "3-5"} means 3) or {@code cpus="CPULIST"}.
 * With none of them the pool starts without CPUs (the manual's "first free CPU" is not
 * what xl does).
 */
public sealed interface CpuSelection {

    /** No {@code nodes} or {@code cpus}: a pool with 0 CPUs. */
    record NoCpus() implements CpuSelection {
    }

    /** {@code nodes=[...]}: node numbers, by atoi. */
    record Nodes(List<Integer> nodes) implements CpuSelection {
        public Nodes {
            nodes = List.copyOf(nodes);
        }
    }

    /** {@code cpus=[...]}: CPU numbers, by atoi, in the order written (repeats count twice, as in xl). */
    record CpuNumbers(List<Integer> cpus) implements CpuSelection {
        public CpuNumbers {
            cpus = List.copyOf(cpus);
        }
    }

    /** {@code cpus="..."}: a CPU list such as {@code "2-3"} or {@code "node:1,^4"}. */
    record CpuListString(CpuList cpuList) implements CpuSelection {
    }
}
