package xsh.hv.sim.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import xsh.hv.sim.domains.DomainRecord;
import xsh.hv.sim.store.Tx;

/**
 * xl's {@code coredump-*} actions: a core file {@code dump/<name>} for the domain, replacing an
 * older one of the same name as xl does. The file is a small text header for now; the guest's
 * memory image can follow it once guest memory is wired. Written after the transaction
 * commits: xl only logs a failed dump and carries on, and so does this.
 */
final class CoreDumps {

    private final Path dumpDir;

    CoreDumps(Path dumpDir) {
        this.dumpDir = dumpDir;
    }

    Path fileFor(String name) {
        return dumpDir.resolve(name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")
                ? "domain-unnamed" : name);
    }

    void dump(Tx tx, DomainRecord d) {
        Path file = fileFor(d.name);
        String header = "xsh simulated Xen core dump\n"
                + "domain: " + d.name + "\n"
                + "domid: " + d.domid + "\n"
                + "uuid: " + d.uuid + "\n"
                + "type: " + d.type.xlName() + "\n"
                + "memory_kib: " + d.targetKib + "\n"
                + "vcpus: " + d.onlineVcpus + "/" + d.maxVcpus + "\n"
                + "shutdown_reason: " + d.shutdownCode + "\n"
                + "time: " + Instant.ofEpochSecond(0, tx.now()) + "\n";
        MonitorLog.log(tx, d.domid, "dumping core to " + file);
        tx.afterCommit(() -> write(file, header));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".core-", ".tmp");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // "No point crying over spilled milk, continue on failure." (xl_vmcontrol.c)
        }
    }
}
