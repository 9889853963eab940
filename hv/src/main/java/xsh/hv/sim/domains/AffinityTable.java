package xsh.hv.sim.domains;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import xsh.hv.sim.store.Tx;

/**
 * Hard and soft affinity of vcpus, stored only where it is not "all": libxl's default for
 * both is every pCPU, and most guests keep it, so most domains have no rows.
 */
public final class AffinityTable {

    /** One vcpu's maps; null means every pCPU. */
    public record Affinity(BitSet hard, BitSet soft) {
    }

    private AffinityTable() {
    }

    public static Map<Integer, Affinity> of(Tx tx, int domid) {
        Map<Integer, Affinity> map = new HashMap<>();
        tx.list("SELECT vcpu, hard, soft FROM vcpu_affinity WHERE domid = ?",
                rs -> map.put(rs.getInt(1), new Affinity(bits(rs.getBytes(2)), bits(rs.getBytes(3)))), domid);
        return map;
    }

    /** Stores one vcpu's maps; null for "every pCPU". */
    public static void put(Tx tx, int domid, int vcpu, BitSet hard, BitSet soft) {
        if (hard == null && soft == null) {
            tx.update("DELETE FROM vcpu_affinity WHERE domid = ? AND vcpu = ?", domid, vcpu);
        } else {
            tx.update("INSERT OR REPLACE INTO vcpu_affinity (domid, vcpu, hard, soft) VALUES (?, ?, ?, ?)",
                    domid, vcpu, hard == null ? null : hard.toByteArray(), soft == null ? null : soft.toByteArray());
        }
    }

    private static BitSet bits(byte[] bytes) {
        return bytes == null ? null : BitSet.valueOf(bytes);
    }
}
