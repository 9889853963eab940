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

/** Rows of {@code domains}. Columns are read by position: listing reads a thousand rows. */
public final class DomainTable {

    private static final String COLUMNS = """
            domid, instance, name, uuid_high, uuid_low, type, pool_id, created_ns, max_kib, target_kib, granted_kib,
            mem_kib, mem_run_ns, online_vcpus, max_vcpus, cpu_ns, run_ns, meter_ns, load_ppm, dirty_bytes_per_s,
            pause_count, shutdown_reason, dying, weight, cap, pv_control, actions""";

    private static final ShutdownEvent[] EVENTS = ShutdownEvent.values();
    private static final java.util.Map<String, LifecycleAction> ACTIONS = new java.util.HashMap<>();

    static {
        for (LifecycleAction action : LifecycleAction.values()) {
            ACTIONS.put(action.xlName(), action);
        }
    }

    private DomainTable() {
    }

    public static void insert(Tx tx, DomainRecord d) {
        tx.update("INSERT INTO domains (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values(d));
    }

    /** Writes every column back: simple, and a row is small. */
    public static void save(Tx tx, DomainRecord d) {
        Object[] v = values(d);
        Object[] args = new Object[v.length];
        System.arraycopy(v, 1, args, 0, v.length - 1);
        args[v.length - 1] = d.domid;
        tx.update("""
                UPDATE domains SET instance = ?, name = ?, uuid_high = ?, uuid_low = ?, type = ?, pool_id = ?,
                    created_ns = ?, max_kib = ?, target_kib = ?, granted_kib = ?, mem_kib = ?, mem_run_ns = ?,
                    online_vcpus = ?, max_vcpus = ?, cpu_ns = ?, run_ns = ?, meter_ns = ?, load_ppm = ?,
                    dirty_bytes_per_s = ?, pause_count = ?, shutdown_reason = ?, dying = ?, weight = ?, cap = ?,
                    pv_control = ?, actions = ?
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

    public static boolean exists(Tx tx, int domid) {
        return tx.exists("SELECT 1 FROM domains WHERE domid = ?", domid);
    }

    private static Object[] values(DomainRecord d) {
        return new Object[] {
            d.domid, d.instance, d.name, d.uuid.getMostSignificantBits(), d.uuid.getLeastSignificantBits(),
            d.type.xlName(), d.poolId, d.createdNs, d.maxKib, d.targetKib, d.grantedKib, d.memKib, d.memRunNs,
            d.onlineVcpus, d.maxVcpus, d.cpuNs, d.runNs, d.meterNs, d.loadPpm, d.dirtyBytesPerSecond, d.pauseCount,
            d.shutdownCode, d.dying, d.weight, d.cap, d.pvControl, actions(d)
        };
    }

    private static String actions(DomainRecord d) {
        StringBuilder text = new StringBuilder();
        for (ShutdownEvent event : EVENTS) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(d.actionFor(event).xlName());
        }
        return text.toString();
    }

    private static DomainRecord map(ResultSet rs) throws SQLException {
        DomainRecord d = new DomainRecord();
        d.domid = rs.getInt(1);
        d.instance = rs.getLong(2);
        d.name = rs.getString(3);
        d.uuid = new UUID(rs.getLong(4), rs.getLong(5));
        d.type = typeOf(rs.getString(6));
        d.poolId = rs.getInt(7);
        d.createdNs = rs.getLong(8);
        d.maxKib = rs.getLong(9);
        d.targetKib = rs.getLong(10);
        d.grantedKib = rs.getLong(11);
        d.memKib = rs.getLong(12);
        d.memRunNs = rs.getLong(13);
        d.onlineVcpus = rs.getInt(14);
        d.maxVcpus = rs.getInt(15);
        d.cpuNs = rs.getLong(16);
        d.runNs = rs.getLong(17);
        d.meterNs = rs.getLong(18);
        d.loadPpm = rs.getInt(19);
        d.dirtyBytesPerSecond = rs.getLong(20);
        d.pauseCount = rs.getInt(21);
        int code = rs.getInt(22);
        d.shutdownCode = rs.wasNull() ? null : code;
        d.dying = rs.getInt(23) != 0;
        d.weight = rs.getInt(24);
        d.cap = rs.getInt(25);
        d.pvControl = rs.getInt(26) != 0;
        String[] actions = rs.getString(27).split(" ");
        for (int i = 0; i < EVENTS.length && i < actions.length; i++) {
            d.actions.put(EVENTS[i], ACTIONS.getOrDefault(actions[i], EVENTS[i].defaultAction()));
        }
        return d;
    }

    private static DomainType typeOf(String xlName) {
        return switch (xlName) {
            case "pv" -> DomainType.PV;
            case "pvh" -> DomainType.PVH;
            case "hvm" -> DomainType.HVM;
            default -> throw new IllegalStateException("unknown domain type in the host state: " + xlName);
        };
    }
}
