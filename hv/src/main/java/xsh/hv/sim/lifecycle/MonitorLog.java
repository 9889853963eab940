package xsh.hv.sim.lifecycle;

import java.util.List;
import xsh.hv.sim.store.Tx;

/**
 * What xl's monitor daemons would have written to {@code /var/log/xen/xl-NAME.log}: the
 * shutdowns they saw, the actions they took, and restarts that failed, which nobody would
 * otherwise hear of. The last {@value #KEEP} lines are kept.
 */
public final class MonitorLog {

    static final int KEEP = 1000;

    /** One line, at host time {@code atNs}. */
    public record Line(long atNs, Integer domid, String message) {
    }

    private MonitorLog() {
    }

    static void log(Tx tx, Integer domid, String message) {
        tx.update("INSERT INTO monitor_log (at_ns, domid, message) VALUES (?, ?, ?)", tx.now(), domid, message);
        tx.update("DELETE FROM monitor_log WHERE seq <= (SELECT MAX(seq) FROM monitor_log) - ?", KEEP);
    }

    public static List<Line> lines(Tx tx) {
        return tx.list("SELECT at_ns, domid, message FROM monitor_log ORDER BY seq",
                rs -> new Line(rs.getLong(1), Tx.nullableInt(rs, "domid"), rs.getString(3)));
    }
}
