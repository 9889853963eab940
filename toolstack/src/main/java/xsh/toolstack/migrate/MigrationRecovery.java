package xsh.toolstack.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.hv.ShutdownReason;
import xsh.toolstack.migrate.storage.MigrationSnapshots;
import xsh.toolstack.migrate.storage.ReceivedDatasets;
import xsh.toolstack.vmcontrol.Notices;

/**
 * Undoes what a migration whose process died left on a host, as the next process opens it:
 * a receiver's {@code NAME--incoming} is destroyed, then the datasets it received (unless its
 * copy was renamed to its own name); a sender's migration snapshots are removed, and its source, suspended or renamed
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
        Optional<String> name = entry.get("name");
        Optional<DomainInfo> journalled = entry.get("domid").flatMap(domid -> domain(hv, domid));
        name.ifPresent(n -> {
            String incomingName = n + MigrationReceiver.INCOMING_SUFFIX;
            journalled.or(() -> hv.domainNamed(incomingName))
                    .filter(d -> d.name().equals(incomingName))
                    .ifPresent(d -> {
                        hv.destroy(d.domid(), false);
                        notices.notice("xsh: destroyed " + incomingName + " (domain " + d.domid()
                                + "), left by a migration whose receiver died");
                    });
        });
        // renamed to its own name, the copy is the migrated domain (or the sender's probe settles it): its disks stay
        boolean started = journalled.filter(d -> name.map(d.name()::equals).orElse(false)).isPresent();
        List<String> datasets = entry.list("dataset");
        if (datasets.isEmpty()) {
            return;
        }
        if (started) {
            // the receiver died before its commit dropped the snapshots the streams brought
            receivedTag(hv, datasets).ifPresent(tag -> new MigrationSnapshots(datasets, tag).destroy(hv.storage())
                    .forEach(line -> notices.notice("xsh: " + line)));
            return;
        }
        List<String> left = ReceivedDatasets.remove(hv.storage(), datasets);
        left.forEach(line -> notices.notice("xsh: " + line));
        if (left.size() < datasets.size()) {
            notices.notice("xsh: removed the datasets received by a migration whose receiver died");
        }
    }

    /** The sender's tag, as the snapshots the streams brought with them name it ({@code DATASET@TAG-1}). */
    private static Optional<String> receivedTag(Hypervisor hv, List<String> datasets) {
        return hv.storage().names().stream()
                .filter(n -> datasets.stream().anyMatch(d -> n.startsWith(d + "@" + Migrator.TAG_PREFIX)))
                .map(n -> n.substring(n.indexOf('@') + 1))
                .filter(snapshot -> snapshot.matches(Pattern.quote(Migrator.TAG_PREFIX) + "\\d+-[12]"))
                .map(snapshot -> snapshot.substring(0, snapshot.length() - 2))
                .findFirst();
    }

    private static void recoverSender(MigrationJournal.Entry entry, Hypervisor hv, Notices notices) {
        // whatever happened to the domain, the snapshots served only the migration
        entry.get("tag").ifPresent(tag -> new MigrationSnapshots(entry.list("dataset"), tag).destroy(hv.storage())
                .forEach(line -> notices.notice("xsh: " + line)));
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
