package xsh.shell.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import xsh.hv.DomainInfo;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.hv.NativeToolstack;
import xsh.toolstack.info.DomainListing;
import xsh.toolstack.migrate.MigrateRequest;
import xsh.toolstack.migrate.MigrationProgress;
import xsh.toolstack.migrate.MigrationReport;
import xsh.toolstack.migrate.Migrator;
import xsh.toolstack.migrate.NativeMigrator;
import xsh.toolstack.vmcontrol.Notices;

/**
 * Migrations from one host, each over a link of its own to the target: one domain, or every
 * domU one after another ({@code migrate --all}, the DSL's {@code migrateAll}), going on past
 * failures. Shared by the command and the DSL so both do the same.
 */
public final class Migrations {

    /** The names a domain carries while a migration moves it: not a domain to evacuate. */
    private static final List<String> IN_FLIGHT_SUFFIXES = List.of("--incoming", "--migratedaway");

    /** Told as each domain of {@link #migrateAll} ends. */
    @FunctionalInterface
    public interface OutcomeListener {
        /** @param failure what it failed with, null when it migrated */
        void ended(MigrationOutcome outcome, RuntimeException failure);
    }

    private final Hypervisor hv;
    private final Path home;
    private final ReceiverLinks links;
    private volatile boolean interrupted;

    /** @param home XSH_HOME, where the migrator journals a migration in flight */
    public Migrations(Hypervisor hv, Path home, ReceiverLinks links) {
        this.hv = hv;
        this.home = home;
        this.links = links;
    }

    /**
     * Migrates one domain to {@code target}, the receiver started with {@code sshCommand} for a
     * remote host. An interrupt of the calling thread (Ctrl-C) cuts the link: the source then
     * runs on under its name.
     *
     * @throws xsh.error.XshException the migrator's failure, with xl's lines
     */
    public MigrationReport migrate(MigrateRequest request, MigrationHost target, String sshCommand, Notices notices,
                                   MigrationProgress progress) {
        return migrate(request, target, sshCommand, false, notices, progress);
    }

    /**
     * As {@link #migrate(MigrateRequest, MigrationHost, String, Notices, MigrationProgress)};
     * {@code foreground} is xl's {@code -F}, which only a real Dom0's xl tells from {@code -e}.
     */
    public MigrationReport migrate(MigrateRequest request, MigrationHost target, String sshCommand, boolean foreground,
                                   Notices notices, MigrationProgress progress) {
        if (hv.nativeToolstack().isPresent()) {
            return migrateNatively(hv.nativeToolstack().get(), request, target, sshCommand, foreground, notices,
                    progress);
        }
        try (ProcessLink link = links.open(target, sshCommand, request.receiver())) {
            MigrationReport report = CuttableRun.run(link,
                    () -> new Migrator(hv, home).migrate(request, link, notices, progress), () -> interrupted = true);
            return withTarget(report, target.text(), report.targetDomid() >= 0 ? report.targetDomid()
                    : links.targetDomid(target, report.domain()).orElse(report.targetDomid()));
        }
    }

    /**
     * A real Dom0's own {@code xl migrate}, whose receiver is the target's {@code xl
     * migrate-receive}: {@code local:NAME} names an embedded host, which a real Dom0 has none of.
     * Ctrl-C interrupts this thread, which stops xl; xl then resumes the guest here, as it does
     * whenever a migration fails before the target takes over.
     */
    private MigrationReport migrateNatively(NativeToolstack xl, MigrateRequest request, MigrationHost target,
                                            String sshCommand, boolean foreground, Notices notices,
                                            MigrationProgress progress) {
        if (target instanceof MigrationHost.Local) {
            throw new XshException("migrate: " + target.text() + ": local: targets are embedded hosts; "
                    + "on a real Dom0 name the target machine", 1);
        }
        Optional<String> ssh = sshCommand.equals(ReceiverLinks.DEFAULT_SSH) ? Optional.empty() : Optional.of(sshCommand);
        try {
            return new NativeMigrator(hv, xl).migrate(request, target.text(), ssh, foreground, notices, progress);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                interrupted = true;
            }
            throw e;
        }
    }

    /** Whether Ctrl-C interrupted a migration of these: {@link #migrateAll} then stops. */
    public boolean interrupted() {
        return interrupted;
    }

    /** The domUs of the host, in domid order: what {@link #migrateAll} moves. */
    public List<String> domUs() {
        List<String> names = new ArrayList<>();
        for (DomainInfo domain : DomainListing.list(hv, Optional.empty())) {
            if (domain.domid() != 0 && IN_FLIGHT_SUFFIXES.stream().noneMatch(domain.name()::endsWith)) {
                names.add(domain.name());
            }
        }
        return names;
    }

    /**
     * Migrates each of {@code domains} in turn, going on past failures; stops early only when
     * the calling thread is interrupted (Ctrl-C), once the migration under way has ended
     * ({@link #interrupted()} then says so).
     */
    public List<MigrationOutcome> migrateAll(List<String> domains, Function<String, MigrateRequest> requestFor,
                                             MigrationHost target, String sshCommand, Notices notices,
                                             MigrationProgress progress, OutcomeListener listener) {
        return migrateAll(domains, requestFor, target, sshCommand, false, notices, progress, listener);
    }

    /** As above; {@code foreground} is xl's {@code -F} for a real Dom0's xl. */
    public List<MigrationOutcome> migrateAll(List<String> domains, Function<String, MigrateRequest> requestFor,
                                             MigrationHost target, String sshCommand, boolean foreground,
                                             Notices notices, MigrationProgress progress, OutcomeListener listener) {
        if (hv.nativeToolstack().isEmpty()) {
            links.check(target);
        }
        List<MigrationOutcome> outcomes = new ArrayList<>();
        for (String domain : domains) {
            if (Thread.interrupted()) {
                interrupted = true; // Ctrl-C between two migrations
            }
            if (interrupted) {
                break;
            }
            MigrationOutcome outcome;
            RuntimeException failure = null;
            try {
                outcome = MigrationOutcome.migrated(migrate(requestFor.apply(domain), target, sshCommand, foreground,
                        notices, progress));
            } catch (RuntimeException e) {
                failure = e;
                outcome = MigrationOutcome.failed(domain, e);
            }
            outcomes.add(outcome);
            listener.ended(outcome, failure);
        }
        return outcomes;
    }

    /**
     * The report naming the target as the user did ({@code local:h2}), not as the link's
     * command does, with the domid there when it is known.
     */
    static MigrationReport withTarget(MigrationReport r, String target, int targetDomid) {
        return new MigrationReport(r.domain(), target, r.sourceDomid(), targetDomid, r.rounds(), r.bytes(),
                r.storageBytes(), r.totalMs(), r.downtimeMs(), r.perRound());
    }
}
