package xsh.hv.sim.pools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import xsh.cfg.cpupool.Scheduler;
import xsh.hv.sim.store.Tx;

/** Rows of {@code pools} and {@code pool_cpus}. */
public final class PoolTable {

    public static final int POOL_0 = 0;
    public static final String POOL_0_NAME = "Pool-0";

    private PoolTable() {
    }

    public static void insert(Tx tx, PoolRecord p) {
        tx.update("INSERT INTO pools (id, name, scheduler, tslice_ms, ratelimit_us, migration_delay_us) VALUES (?, ?, ?, ?, ?, ?)",
                p.id(), p.name(), p.scheduler().libxlName(), p.tsliceMs(), p.ratelimitUs(), p.migrationDelayUs());
    }

    public static void update(Tx tx, PoolRecord p) {
        tx.update("UPDATE pools SET name = ?, scheduler = ?, tslice_ms = ?, ratelimit_us = ?, migration_delay_us = ? WHERE id = ?",
                p.name(), p.scheduler().libxlName(), p.tsliceMs(), p.ratelimitUs(), p.migrationDelayUs(), p.id());
    }

    public static void delete(Tx tx, int id) {
        tx.update("DELETE FROM pools WHERE id = ?", id);
    }

    public static List<PoolRecord> all(Tx tx) {
        return tx.list("SELECT * FROM pools ORDER BY id", PoolTable::map);
    }

    public static Optional<PoolRecord> byId(Tx tx, int id) {
        return tx.one("SELECT * FROM pools WHERE id = ?", PoolTable::map, id);
    }

    public static Optional<PoolRecord> byName(Tx tx, String name) {
        return tx.one("SELECT * FROM pools WHERE name = ?", PoolTable::map, name);
    }

    /** libxl's cpupool qualifier: all digits is a pool id, anything else a name. */
    public static Optional<PoolRecord> byQualifier(Tx tx, String qualifier) {
        if (!qualifier.isEmpty() && qualifier.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return byId(tx, Integer.parseInt(qualifier));
            } catch (NumberFormatException tooLong) {
                return Optional.empty();
            }
        }
        return byName(tx, qualifier);
    }

    /** The highest pool id plus one: Xen's choice for a new pool. */
    public static int nextId(Tx tx) {
        return (int) tx.number("SELECT MAX(id) + 1 FROM pools").orElse(0);
    }

    public static int count(Tx tx) {
        return (int) tx.number("SELECT COUNT(*) FROM pools").orElse(0);
    }

    public static BitSet cpus(Tx tx, int poolId) {
        BitSet cpus = new BitSet();
        tx.list("SELECT cpu FROM pool_cpus WHERE pool_id = ?", rs -> rs.getInt(1), poolId).forEach(cpus::set);
        return cpus;
    }

    public static BitSet assignedCpus(Tx tx) {
        BitSet cpus = new BitSet();
        tx.list("SELECT cpu FROM pool_cpus", rs -> rs.getInt(1)).forEach(cpus::set);
        return cpus;
    }

    /** The pool a pCPU is in, if any. */
    public static Optional<Integer> poolOf(Tx tx, int cpu) {
        return tx.one("SELECT pool_id FROM pool_cpus WHERE cpu = ?", rs -> rs.getInt(1), cpu);
    }

    public static void assign(Tx tx, int cpu, int poolId) {
        tx.update("INSERT INTO pool_cpus (cpu, pool_id) VALUES (?, ?)", cpu, poolId);
    }

    public static void release(Tx tx, int cpu) {
        tx.update("DELETE FROM pool_cpus WHERE cpu = ?", cpu);
    }

    public static int domainCount(Tx tx, int poolId) {
        return (int) tx.number("SELECT COUNT(*) FROM domains WHERE pool_id = ?", poolId).orElse(0);
    }

    private static PoolRecord map(ResultSet rs) throws SQLException {
        return new PoolRecord(rs.getInt("id"), rs.getString("name"),
                Scheduler.fromName(rs.getString("scheduler")).orElseThrow(),
                rs.getInt("tslice_ms"), rs.getInt("ratelimit_us"), rs.getInt("migration_delay_us"));
    }
}
