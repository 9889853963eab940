package xsh.hv.sim.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import xsh.hv.coredump.CoreFile;
import xsh.hv.coredump.CoreIdentity;
import xsh.hv.sim.domains.DomainMeters;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.guest.GuestBridge;
import xsh.hv.sim.store.Tx;

/**
 * xl's {@code coredump-*} actions: a core file {@code dump/<name>} for the domain, replacing an
 * older one of the same name as xl does, in the same ELF format as {@code xl dump-core}
 * ({@link CoreFile}) with the guest's memory as it stopped. Written after the transaction
 * commits (and before the destroyed guest's files go): xl only logs a failed dump and
 * carries on, and so does this.
 */
final class CoreDumps {

    private final Path dumpDir;
    private final GuestBridge guests;
    private final MonitorLog monitorLog;

    CoreDumps(Path dumpDir, GuestBridge guests, MonitorLog monitorLog) {
        this.dumpDir = dumpDir;
        this.guests = guests;
        this.monitorLog = monitorLog;
    }

    Path fileFor(String name) {
        return dumpDir.resolve(name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")
                ? "domain-unnamed" : name);
    }

    void dump(Tx tx, DomainRecord d) {
        Path file = fileFor(d.name);
        CoreIdentity who = new CoreIdentity(d.name, d.domid, d.uuid, d.type, d.maxVcpus);
        long instance = d.instance;
        long ranNanos = DomainMeters.runNanos(d, tx.now());
        monitorLog.log(tx, d, "dumping core to " + file);
        tx.afterCommit(() -> write(file, who, instance, ranNanos));
    }

    private void write(Path file, CoreIdentity who, long instance, long ranNanos) {
        try {
            Files.createDirectories(file.getParent());
            CoreFile.write(file, who, guests.memory(instance, ranNanos));
        } catch (IOException | RuntimeException e) {
            // "No point crying over spilled milk, continue on failure." (xl_vmcontrol.c)
        }
    }
}
