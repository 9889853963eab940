package xsh.hv;

import java.util.List;

/**
 * One NUMA node as {@code xl info -n}'s {@code numa_info} table shows it.
 *
 * @param memsizeMib the node's memory
 * @param memfreeMib what no domain holds of it
 * @param distances  the ACPI SLIT distance to every node, this one included (10 to itself)
 */
public record NumaNode(long memsizeMib, long memfreeMib, List<Integer> distances) {

    /** What firmware reports for a node to itself and to another socket's node. */
    public static final int LOCAL_DISTANCE = 10;
    public static final int REMOTE_DISTANCE = 20;

    public NumaNode {
        distances = List.copyOf(distances);
    }

    /**
     * {@code nodes} nodes of equal size sharing {@code totalMib} and {@code freeMib} (node 0
     * takes what does not divide), at firmware's usual distances: for a host that knows no
     * more about where its memory is.
     */
    public static List<NumaNode> evenSplit(int nodes, long totalMib, long freeMib) {
        List<NumaNode> list = new java.util.ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            long size = totalMib / nodes + (node == 0 ? totalMib % nodes : 0);
            long free = freeMib / nodes + (node == 0 ? freeMib % nodes : 0);
            List<Integer> distances = new java.util.ArrayList<>();
            for (int other = 0; other < nodes; other++) {
                distances.add(other == node ? LOCAL_DISTANCE : REMOTE_DISTANCE);
            }
            list.add(new NumaNode(size, free, distances));
        }
        return list;
    }
}
