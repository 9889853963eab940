package xsh.hv.sim.xenconsole;

import java.util.List;
import xsh.hv.sim.store.Tx;

/**
 * The ring of {@code xen_console}: lines are added at the end and the oldest fall out once
 * there are more than {@value #KEEP}, as Xen's fixed-size ring overwrites its start. Each
 * line is stored as Xen prints it, {@code (XEN) } prefix included.
 */
public final class XenConsole {

    /** About what Xen's default 16 KiB ring holds after a busy day. */
    static final int KEEP = 2000;

    private static final String PREFIX = "(XEN) ";

    private XenConsole() {
    }

    /** Xen prints {@code message} now. */
    public static void log(Tx tx, String message) {
        tx.update("INSERT INTO xen_console (line) VALUES (?)", PREFIX + message);
        tx.update("DELETE FROM xen_console WHERE seq <= (SELECT MAX(seq) FROM xen_console) - ?", KEEP);
    }

    static void logAll(Tx tx, List<String> messages) {
        messages.forEach(m -> log(tx, m));
    }

    /** The ring's text, oldest line first, each line ending in a newline. */
    public static String read(Tx tx) {
        StringBuilder text = new StringBuilder();
        tx.list("SELECT line FROM xen_console ORDER BY seq", rs -> rs.getString(1))
                .forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** {@code xl dmesg -c}: the ring is empty afterwards; later lines start a new one. */
    public static void clear(Tx tx) {
        tx.update("DELETE FROM xen_console");
    }
}
