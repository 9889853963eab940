package xsh.cfg.cpulist;

import java.util.BitSet;

/**
 * One comma-separated item of a CPULIST: CPUs (or whole NUMA nodes) to add, or with a
 * leading {@code ^} to remove.
 *
 * @param text    the item as written
 * @param exclude written with {@code ^}
 * @param nodes   written with {@code node:} or {@code nodes:}: first..last are node ids
 * @param all     the item is {@code all} (first and last are then 0)
 * @param first   first id, read as an unsigned 64-bit number like xl does
 * @param last    last id, unsigned, not below first
 */
public record CpuListItem(String text, boolean exclude, boolean nodes, boolean all, long first, long last) {

    /** Adds or removes this item's CPUs. Ids beyond the map are dropped, as libxl does. */
    void applyTo(BitSet map, HostTopology host) {
        if (all) {
            map.set(0, host.cpuMapBits()); // xl fills whole bytes of the map
        } else if (nodes) {
            applyNodes(map, host);
        } else if (Long.compareUnsigned(first, host.cpuMapBits()) < 0) {
            int from = (int) first;
            int to = Long.compareUnsigned(last, host.cpuMapBits() - 1) > 0 ? host.cpuMapBits() - 1 : (int) last;
            map.set(from, to + 1, !exclude);
        }
    }

    private void applyNodes(BitSet map, HostTopology host) {
        // only CPUs that fit in the node-sized bitmap xl collects them in (see HostTopology)
        int reachable = Math.min(host.nrCpus(), host.nodeMapBits());
        for (int cpu = 0; cpu < reachable; cpu++) {
            int node = host.nodeOf(cpu);
            if (node >= 0 && Long.compareUnsigned(first, node) <= 0 && Long.compareUnsigned(node, last) <= 0) {
                map.set(cpu, !exclude);
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
