package xsh.hv.sim.domains;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.LifecycleAction;
import xsh.cfg.domain.ShutdownEvent;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.sim.store.Tx;

/** Rows of {@code domains}. */
public final class DomainTable {

    private static final String COLUMNS = """
            domid, instance, name, uuid, type, pool_id, created_ns, max_kib, target_kib, granted_kib, mem_kib,
            mem_run_ns, online_vcpus, max_vcpus, cpu_ns, run_ns, meter_ns, load_ppm, dirty_bytes_per_s,
            pause_count, shutdown_reason, dying, weight, cap, pv_control, on_poweroff, on_reboot, on_watchdog,
            on_crash, on_soft_reset""";

    private DomainTable() {
    }

    public static void insert(Tx tx, DomainRecord d) {
        tx.update("INSERT INTO domains (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(d));
    }

    /** Writes every column back: simple, and a row is small. */
    public static void save(Tx tx, DomainRecord d) {
        Object[] v = values(d);
        Object[] args = new Object[v.length];
        System.arraycopy(v, 1, args, 0, v.length - 1);
        args[v.length - 1] = d.domid;
        tx.update("""
                UPDATE domains SET instance = ?, name = ?, uuid = ?, type = ?, pool_id = ?, created_ns = ?, max_kib = ?,
                    target_kib = ?, granted_kib = ?, mem_kib = ?, mem_run_ns = ?, online_vcpus = ?, max_vcpus = ?,
                    cpu_ns = ?, run_ns = ?, meter_ns = ?, load_ppm = ?, dirty_bytes_per_s = ?, pause_count = ?,
                    shutdown_reason = ?, dying = ?, weight = ?, cap = ?, pv_control = ?, on_poweroff = ?,
                    on_reboot = ?, on_watchdog = ?, on_crash = ?, on_soft_reset = ?
                WHERE domid = ?""", args);
    }

    public static void delete(Tx tx, int domid) {
        tx.update("DELETE FROM domains WHERE domid = ?", domid);
    }

    public static List<DomainRecord> all(Tx tx) {
        return tx.list("SELECT " + COLUMNS + " FROM domains ORDER BY domid", DomainTable::map);
    }

    public static Optional<DomainRecord> find(Tx tx, int domid) {
        return tx.one("SELECT " + COLUMNS + " FROM domains WHERE domid = ?", DomainTable::map, domid);
    }

    /** The domain, or libxl's answer for an id that names none. */
    public static DomainRecord require(Tx tx, int domid) {
        return find(tx, domid).orElseThrow(() -> notFound(domid));
    }

    public static HvException notFound(int domid) {
        // libxl's own spelling (libxl__destroy_domid)
        return new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain");
    }

    /** The first domain with this name in domid order, as libxl_name_to_domid finds it. */
    public static Optional<DomainRecord> named(Tx tx, String name) {
        return tx.one("SELECT " + COLUMNS + " FROM domains WHERE name = ? ORDER BY domid LIMIT 1", DomainTable::map, name);
    }

    public static boolean nameTaken(Tx tx, String name, int exceptDomid) {
        return !name.isEmpty() && tx.exists("SELECT 1 FROM domains WHERE name = ? AND domid <> ?", name, exceptDomid);
    }

    public static List<Integer> domids(Tx tx) {
        return tx.list("SELECT domid FROM domains", rs -> rs.getInt(1));
    }

    private static Object[] values(DomainRecord d) {
        return new Object[] {
            d.domid, d.instance, d.name, d.uuid.toString(), d.type.xlName(), d.poolId, d.createdNs, d.maxKib,
            d.targetKib, d.grantedKib, d.memKib, d.memRunNs, d.onlineVcpus, d.maxVcpus, d.cpuNs, d.runNs, d.meterNs,
            d.loadPpm, d.dirtyBytesPerSecond, d.pauseCount, d.shutdownCode, d.dying, d.weight, d.cap, d.pvControl,
            action(d, ShutdownEvent.POWEROFF), action(d, ShutdownEvent.REBOOT), action(d, ShutdownEvent.WATCHDOG),
            action(d, ShutdownEvent.CRASH), action(d, ShutdownEvent.SOFT_RESET)
        };
    }

    private static String action(DomainRecord d, ShutdownEvent event) {
        return d.actionFor(event).xlName();
    }

    private static DomainRecord map(ResultSet rs) throws SQLException {
        DomainRecord d = new DomainRecord();
        d.domid = rs.getInt("domid");
        d.instance = rs.getLong("instance");
        d.name = rs.getString("name");
        d.uuid = UUID.fromString(rs.getString("uuid"));
        d.type = typeOf(rs.getString("type"));
        d.poolId = rs.getInt("pool_id");
        d.createdNs = rs.getLong("created_ns");
        d.maxKib = rs.getLong("max_kib");
        d.targetKib = rs.getLong("target_kib");
        d.grantedKib = rs.getLong("granted_kib");
        d.memKib = rs.getLong("mem_kib");
        d.memRunNs = rs.getLong("mem_run_ns");
        d.onlineVcpus = rs.getInt("online_vcpus");
        d.maxVcpus = rs.getInt("max_vcpus");
        d.cpuNs = rs.getLong("cpu_ns");
        d.runNs = rs.getLong("run_ns");
        d.meterNs = rs.getLong("meter_ns");
        d.loadPpm = rs.getInt("load_ppm");
        d.dirtyBytesPerSecond = rs.getLong("dirty_bytes_per_s");
        d.pauseCount = rs.getInt("pause_count");
        d.shutdownCode = Tx.nullableInt(rs, "shutdown_reason");
        d.dying = rs.getInt("dying") != 0;
        d.weight = rs.getInt("weight");
        d.cap = rs.getInt("cap");
        d.pvControl = rs.getInt("pv_control") != 0;
        putAction(d, ShutdownEvent.POWEROFF, rs.getString("on_poweroff"));
        putAction(d, ShutdownEvent.REBOOT, rs.getString("on_reboot"));
        putAction(d, ShutdownEvent.WATCHDOG, rs.getString("on_watchdog"));
        putAction(d, ShutdownEvent.CRASH, rs.getString("on_crash"));
        putAction(d, ShutdownEvent.SOFT_RESET, rs.getString("on_soft_reset"));
        return d;
    }

    private static void putAction(DomainRecord d, ShutdownEvent event, String xlName) {
        d.actions.put(event, LifecycleAction.fromXlName(xlName).orElse(event.defaultAction()));
    }

    private static DomainType typeOf(String xlName) {
        for (DomainType t : DomainType.values()) {
            if (t.xlName().equals(xlName)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown domain type in the host state: " + xlName);
    }
}
