package xsh.hv.sim.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.store.Tx;

/**
 * What xl's monitor daemons write: the shutdowns they saw, the actions they took, and restarts
 * that failed, which nobody would otherwise hear of. Each line is kept in the host's database
 * (the last {@value #KEEP}) and, once its transaction committed, appended to the domain's
 * {@code xl-NAME.log} in the host's log directory, as xl's daemon writes
 * {@code /var/log/xen/xl-NAME.log}: a monitor that starts moves the previous file to
 * {@code .1} (and so on to {@code .10}), as libxl_create_logfile does.
 */
public final class MonitorLog {

    static final int KEEP = 1000;

    /** How many old logs of a name libxl keeps: {@code xl-NAME.log.1} to {@code .10}. */
    static final int ROTATIONS = 10;

    /** One line, at host time {@code atNs}. */
    public record Line(long atNs, Integer domid, String message) {
    }

    private final Path logDir;

    MonitorLog(Path logDir) {
        this.logDir = logDir;
    }

    /**
     * A monitor starts watching {@code d} (xl create, restore, migrate-receive): it opens a
     * fresh {@code xl-NAME.log} and says whom it waits for.
     */
    void started(Tx tx, DomainRecord d) {
        Path file = fileOf(d.name);
        tx.afterCommit(() -> rotate(file));
        waiting(tx, d);
    }

    /** The monitor (again, after a restart) waits for the domain to die. */
    void waiting(Tx tx, DomainRecord d) {
        log(tx, d, "Waiting for domain " + d.name + " (domid " + d.domid + ") to die [pid "
                + ProcessHandle.current().pid() + "]");
    }

    /** A line of the monitor watching {@code d}. */
    void log(Tx tx, DomainRecord d, String message) {
        log(tx, d.domid, d.name, message);
    }

    /**
     * A line of the monitor of the domain named {@code monitorName} (the name it had when the
     * monitor started), or of no known monitor when it is null: then the database alone has it.
     */
    void log(Tx tx, Integer domid, String monitorName, String message) {
        tx.update("INSERT INTO monitor_log (at_ns, domid, message) VALUES (?, ?, ?)", tx.now(), domid, message);
        tx.update("DELETE FROM monitor_log WHERE seq <= (SELECT MAX(seq) FROM monitor_log) - ?", KEEP);
        if (monitorName != null) {
            Path file = fileOf(monitorName);
            tx.afterCommit(() -> append(file, message + "\n"));
        }
    }

    public static List<Line> lines(Tx tx) {
        return tx.list("SELECT at_ns, domid, message FROM monitor_log ORDER BY seq",
                rs -> new Line(rs.getLong(1), Tx.nullableInt(rs, "domid"), rs.getString(3)));
    }

    /** {@code xl-NAME.log}; a name that is no file name has no log, as libxl could not open one. */
    private Path fileOf(String name) {
        return name.isEmpty() || name.contains("/") || name.contains("\0") ? null : logDir.resolve("xl-" + name + ".log");
    }

    private static void rotate(Path file) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            for (int i = ROTATIONS - 1; i > 0; i--) {
                Path older = Path.of(file + "." + i);
                if (Files.exists(older)) {
                    Files.move(older, Path.of(file + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, Path.of(file + ".1"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // as xl's daemon: a log that cannot be rotated is written on; the domain is what matters
        }
    }

    private static void append(Path file, String text) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // xl ignores write errors to its log ("we have no way to report them")
        }
    }
}
