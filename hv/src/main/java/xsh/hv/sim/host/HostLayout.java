package xsh.hv.sim.host;

import java.nio.file.Path;

/**
 * Where an embedded host keeps its state: {@code XSH_HOME/hosts/NAME/} with the database,
 * the core dumps ({@code dump/<domain name>}, as Xen's XEN_DUMP_DIR), the monitors' logs
 * ({@code log/xl-<domain name>.log}, as Xen's /var/log/xen) and one directory per domain for
 * its memory image and console ({@code domains/<instance>}).
 */
public record HostLayout(Path dir) {

    public static final String DATABASE = "host.db";

    public Path database() {
        return dir.resolve(DATABASE);
    }

    public Path dumpDir() {
        return dir.resolve("dump");
    }

    public Path logDir() {
        return dir.resolve("log");
    }

    public Path guestsDir() {
        return dir.resolve("domains");
    }
}
