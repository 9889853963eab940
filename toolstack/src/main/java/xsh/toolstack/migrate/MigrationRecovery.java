package xsh.toolstack.migrate;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.hv.ShutdownReason;
import xsh.toolstack.vmcontrol.Notices;

/**
 * Undoes what a migration whose process died left on a host, as the next process opens it:
 * a receiver's {@code NAME--incoming} is destroyed; a sender's source, suspended or renamed
 * away before the target was cleared to start, gets its name back and runs on. A source
 * left after GO stays as it is ({@code NAME--migratedaway}, suspended): only the target
 * knows whether its copy started, and the line says so.
 */
public final class MigrationRecovery {

    private MigrationRecovery() {
    }

    /** Cheap when nothing is in flight: one look for the host's journal directory. */
    public static void recoverInterrupted(Path home, Hypervisor hv, Notices notices) {
        recoverInterrupted(home, hv, notices, MigrationJournal.Entry::orphaned);
    }

    /** @param orphaned whether an entry's process is gone (the specs kill processes that live on) */
    static void recoverInterrupted(Path home, Hypervisor hv, Notices notices,
            Predicate<MigrationJournal.Entry> orphaned) {
        for (MigrationJournal.Entry entry : MigrationJournal.entries(home, hv.hostName())) {
            if (!orphaned.test(entry)) {
                continue;
            }
            if ("receiving".equals(entry.fields().get("role"))) {
                recoverReceiver(entry, hv, notices);
            } else {
                recoverSender(entry, hv, notices);
            }
            entry.remove();
        }
    }

    private static void recoverReceiver(MigrationJournal.Entry entry, Hypervisor hv, Notices notices) {
        String incomingName = entry.get("name").orElse("?") + MigrationReceiver.INCOMING_SUFFIX;
        Optional<DomainInfo> incoming = entry.get("domid").flatMap(domid -> domain(hv, domid))
                .or(() -> hv.domainNamed(incomingName))
                .filter(d -> d.name().equals(incomingName));
        incoming.ifPresent(d -> {
            hv.destroy(d.domid(), false);
            notices.notice("xsh: destroyed " + incomingName + " (domain " + d.domid()
                    + "), left by a migration whose receiver died");
        });
    }

    private static void recoverSender(MigrationJournal.Entry entry, Hypervisor hv, Notices notices) {
        String name = entry.get("name").orElse("?");
        Optional<DomainInfo> source = entry.get("domid").flatMap(domid -> domain(hv, domid))
                .filter(d -> entry.get("uuid").map(uuid -> uuid.equals(d.uuid().toString())).orElse(true));
        if (source.isEmpty()) {
            return;
        }
        DomainInfo d = source.get();
        String step = entry.get("step").orElse(MigrationJournal.Step.LIVE.name());
        if (MigrationJournal.Step.GO.name().equals(step)) {
            notices.notice("xsh: " + d.name() + " (domain " + d.domid() + ") is left suspended by a migration"
                    + " interrupted after the target was cleared to start: check the target before resuming it");
            return;
        }
        boolean changed = false;
        if (d.name().equals(name + Migrator.AWAY_SUFFIX) && hv.domainNamed(name).isEmpty()) {
            hv.rename(d.domid(), name);
            changed = true;
        }
        if (d.state().shutdown().filter(reason -> reason == ShutdownReason.SUSPEND).isPresent()) {
            hv.resume(d.domid());
            changed = true;
        }
        if (!changed) {
            return;
        }
        notices.notice("xsh: " + name + " (domain " + d.domid() + ") runs on here: its migration's sender died"
                + " before the target was cleared to start");
    }

    private static Optional<DomainInfo> domain(Hypervisor hv, String domid) {
        try {
            return hv.domain(Integer.parseInt(domid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
