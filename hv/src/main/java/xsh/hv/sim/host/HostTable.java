package xsh.hv.sim.host;

import java.time.Duration;
import java.util.OptionalDouble;
import xsh.hv.HostSpec;
import xsh.hv.sim.store.Tx;

/** Reads and writes the single row of {@code host}. */
public final class HostTable {

    private HostTable() {
    }

    public static void insert(Tx tx, String name, HostSpec spec, long createdNs, SimSettings settings) {
        tx.update("""
                INSERT INTO host (id, name, cpus, memory_mib, dom0_memory_mib, dom0_vcpus, nodes, created_ns,
                                  clock_ns, domid_rover, next_instance, shutdown_delay_ms, restart_delay_ms,
                                  balloon_kib_per_s, dirty_bytes_per_s, guest_load_ppm)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?, ?, ?, ?)""",
                name, spec.cpus(), spec.memoryMib(), spec.dom0MemoryMib(), spec.dom0Vcpus(), spec.nodes(),
                createdNs, createdNs, settings.shutdownDelay().toMillis(), settings.restartDelay().toMillis(),
                settings.balloonKibPerSecond(), settings.dirtyBytesPerSecond(), ppm(settings.guestLoad()));
    }

    private static Integer ppm(OptionalDouble load) {
        return load.isPresent() ? (int) Math.round(load.getAsDouble() * 1_000_000) : null;
    }

    public static HostRecord read(Tx tx) {
        return tx.one("SELECT * FROM host", rs -> new HostRecord(
                rs.getString("name"),
                new HostSpec(rs.getInt("cpus"), rs.getLong("memory_mib"), rs.getLong("dom0_memory_mib"),
                        rs.getInt("dom0_vcpus"), rs.getInt("nodes")),
                rs.getLong("created_ns"),
                rs.getInt("domid_rover"),
                new SimSettings(Duration.ofMillis(rs.getLong("shutdown_delay_ms")),
                        Duration.ofMillis(rs.getLong("restart_delay_ms")),
                        rs.getLong("balloon_kib_per_s"), rs.getLong("dirty_bytes_per_s"), load(rs))))
                .orElseThrow(() -> new IllegalStateException("the host row is missing"));
    }

    private static OptionalDouble load(java.sql.ResultSet rs) throws java.sql.SQLException {
        int ppm = rs.getInt("guest_load_ppm");
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(ppm / 1_000_000.0);
    }

    public static void setRover(Tx tx, int rover) {
        tx.update("UPDATE host SET domid_rover = ?", rover);
    }

    /** A number never handed out before on this host: names a domain's files, which outlive its domid. */
    public static long nextInstance(Tx tx) {
        long instance = tx.number("SELECT next_instance FROM host").orElseThrow();
        tx.update("UPDATE host SET next_instance = ?", instance + 1);
        return instance;
    }

    public static void setSettings(Tx tx, SimSettings s) {
        tx.update("""
                UPDATE host SET shutdown_delay_ms = ?, restart_delay_ms = ?, balloon_kib_per_s = ?,
                                dirty_bytes_per_s = ?, guest_load_ppm = ?""",
                s.shutdownDelay().toMillis(), s.restartDelay().toMillis(), s.balloonKibPerSecond(),
                s.dirtyBytesPerSecond(), ppm(s.guestLoad()));
    }
}
