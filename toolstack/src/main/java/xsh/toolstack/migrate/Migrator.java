package xsh.toolstack.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.GuestMemory;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.saverestore.LibxcStream;
import xsh.toolstack.saverestore.SaveImageHeader;
import xsh.toolstack.saverestore.SavedConfig;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl migrate}'s sender: the domain's memory to the receiver in live pre-copy rounds,
 * then the stop-and-copy and xl's handshake (see the package's description).
 */
public final class Migrator {

    static final String AWAY_SUFFIX = "--migratedaway";
    /** Begins the tag of a migration's snapshots ({@code DATASET@migrate-MILLIS-1}). */
    static final String TAG_PREFIX = "migrate-";

    /** xl's warning when the handshake breaks after the target was cleared to start, line by line. */
    static final List<String> FAILED_BADLY = List.of(
            "** Migration failed during final handshake **",
            "Domain state is now undefined !",
            "Please CHECK AT BOTH ENDS for running instances, before renaming and",
            " resuming at most one instance.  Two simultaneous instances of the domain",
            " would probably result in SEVERE DATA LOSS and it is now your",
            " responsibility to avoid that.  Sorry.");

    private final Hypervisor hv;
    private final Path home;

    /** @param home XSH_HOME, where a migration in flight is journalled so a crash can be undone */
    public Migrator(Hypervisor hv, Path home) {
        this.hv = hv;
        this.home = home;
    }

    /**
     * Migrates the domain over {@code link}, which the caller closes. xl's sender lines go to
     * {@code notices}.
     *
     * @throws xsh.error.XshException with xl's lines for what failed (exit 1); the source
     *         domain then runs under its own name, unless the failure came after the receiver
     *         was cleared to start its copy (xl's {@code Domain state is now undefined})
     */
    public MigrationReport migrate(MigrateRequest request, MigrationLink link, Notices notices,
            MigrationProgress progress) {
        int domid = DomainResolver.resolve(hv, request.domain());
        DomainInfo live = hv.domain(domid).orElseThrow(() -> noConfiguration());
        DomainDefinition definition = liveDefinition(domid);
        SavedConfig config = request.configFile().isPresent()
                ? SavedConfig.ofConfigFile(request.configFile().get(), hv.hostInfo())
                : SavedConfig.ofLiveDomain(definition, live, false, hv.hostInfo());
        return new Sending(request, domid, live, definition, config, link, notices, progress).run();
    }

    /** libxl_retrieve_domain_configuration; Domain-0 has none. */
    private DomainDefinition liveDefinition(int domid) {
        try {
            return hv.definition(domid).orElseThrow(Migrator::noConfiguration);
        } catch (HvException e) {
            throw noConfiguration();
        }
    }

    private static XshException noConfiguration() {
        return new XshException("unable to retrieve domain configuration", 1);
    }

    /** Where a migration failed before the target was cleared to start, for xl's lines. */
    private enum Stage { BANNER, STREAM, SUSPEND, READY, RENAME }

    /** A failure before GO: the lines to tell, the source put back as it was. */
    private static final class BeforeGo extends Exception {
        final Stage stage;

        BeforeGo(Stage stage, Exception cause) {
            super(cause);
            this.stage = stage;
        }
    }

    /** One migration being sent. */
    private final class Sending {
        final MigrateRequest request;
        final int domid;
        final DomainInfo live;
        final String name;
        final DomainDefinition definition;
        final SavedConfig config;
        final MigrationLink link;
        final Notices notices;
        final MigrationProgress progress;
        final MigrationStreamWriter writer;
        final int libxcType;
        final List<MigrationReport.Round> rounds = new ArrayList<>();
        StorageTransfer storage = StorageTransfer.NONE;
        MigrationJournal journal;
        long storageBytes;
        long startNanos;
        long suspendNanos;
        boolean suspended;
        boolean renamed;

        Sending(MigrateRequest request, int domid, DomainInfo live, DomainDefinition definition, SavedConfig config,
                MigrationLink link, Notices notices, MigrationProgress progress) {
            this.request = request;
            this.domid = domid;
            this.live = live;
            this.name = live.name();
            this.definition = definition;
            this.config = config;
            this.link = link;
            this.notices = notices;
            this.progress = progress;
            this.writer = new MigrationStreamWriter(link.toReceiver());
            this.libxcType = LibxcStream.domainTypeOf(live.type());
        }

        MigrationReport run() {
            startNanos = System.nanoTime();
            try {
                banner();
                journal = MigrationJournal.open(home, hv.hostName(), "sending", Map.of(
                        "domid", Integer.toString(domid), "uuid", live.uuid().toString(), "name", name,
                        "step", MigrationJournal.Step.LIVE.name()));
                transfer();
                acknowledged();
            } catch (BeforeGo e) {
                MultiLineException failure = putBack(e);
                closeJournal();
                throw failure;
            } catch (RuntimeException e) {
                MultiLineException failure = putBack(new BeforeGo(Stage.STREAM, e)); // the journal could not be written
                closeJournal();
                throw failure;
            }
            MigrationReport report;
            try {
                report = handOver();
            } catch (RuntimeException e) {
                closeJournal();
                throw e;
            }
            // not on an Error: a process that dies leaves its journal to recovery
            closeJournal();
            return report;
        }

        private void closeJournal() {
            if (journal != null) {
                journal.close();
            }
        }

        private void banner() throws BeforeGo {
            try {
                Handshake.expect(link.fromReceiver(), Handshake.BANNER, "banner", Handshake.RECEIVER_STREAM);
            } catch (IOException e) {
                throw new BeforeGo(Stage.BANNER, e);
            }
        }

        /** The stream, from the save header to libxl's END, the guest suspended for its last round. */
        private void transfer() throws BeforeGo {
            Stage stage = Stage.STREAM;
            try {
                SaveImageHeader header = writer.saveHeader(config.jsonWithNul());
                notices.notice("Saving to migration stream new xl format (info " + header.info() + ")");
                writer.streamHeaders(libxcType);
                DomainDefinition described = ConfigTyper.type(config.source()).definition();
                if (request.withStorage()) {
                    String tag = TAG_PREFIX + System.currentTimeMillis();
                    storage = StorageTransfers.sender(hv, definition, tag);
                    // before the first snapshot exists: a recovery after a crash removes them by tag
                    journal.noteList("dataset", storage.datasets());
                    journal.note("tag", tag);
                    long before = writer.bytes();
                    storage.sendInitial(storageProgress());
                    long sent = writer.bytes() - before;
                    // the phase is whole, however far the estimate was off (sparse or compressed streams)
                    progress.update(new MigrationProgress.Status(MigrationProgress.Phase.STORAGE, 0, sent, sent,
                            writer.bytes(), 0, 0));
                    storageBytes += sent;
                    described = storage.definitionForTarget(described);
                }
                long memoryBytes = hv.memory(domid).sizeBytes();
                byte[] domain = new IncomingDomain(memoryBytes, described.source()).encode();
                writer.write(XshRecordTypes.DOMAIN, domain, 0, domain.length);
                BitSet dirty = precopy();
                stage = Stage.SUSPEND;
                journal.note("step", MigrationJournal.Step.SUSPENDING.name());
                suspendNanos = System.nanoTime(); // the downtime includes the guest's own suspend
                hv.suspend(domid);
                suspended = true;
                stage = Stage.STREAM;
                stopAndCopy(dirty);
                if (request.withStorage()) {
                    long before = writer.bytes();
                    storage.sendFinal(writer);
                    storageBytes += writer.bytes() - before;
                }
                writer.streamEnd(libxcType);
            } catch (IOException | RuntimeException e) {
                throw new BeforeGo(stage, e);
            }
        }

        /** The stream, telling the progress how far the datasets' whole streams are. */
        private RecordOutput storageProgress() {
            long total = storage.initialBytes();
            long before = writer.bytes();
            long started = System.nanoTime();
            progress.update(new MigrationProgress.Status(MigrationProgress.Phase.STORAGE, 0, 0, total, before, 0, 0));
            return (type, body, offset, length) -> {
                writer.write(type, body, offset, length);
                long done = writer.bytes() - before;
                double seconds = (System.nanoTime() - started) / 1e9;
                // the streams may outgrow the estimate (their headers, a guest writing meanwhile)
                progress.update(new MigrationProgress.Status(MigrationProgress.Phase.STORAGE, 0, done,
                        Math.max(total, done), writer.bytes(), seconds > 0 ? done / seconds : 0, 0));
            };
        }

        /**
         * The migration's snapshots removed at the source, whichever way it ended.
         *
         * @return one line for each one left, saying why
         */
        private List<String> finishStorage(boolean migrated) {
            storage.finish(migrated);
            return storage.leftovers().stream().map(line -> "migration sender: " + line).toList();
        }

        /**
         * Live rounds: every page, then the pages dirtied meanwhile, until few enough are
         * left or the rounds run out.
         *
         * @return the pages dirtied during the last round, which the stop-and-copy sends
         */
        private BitSet precopy() throws IOException {
            PrecopyPolicy policy = request.precopy();
            GuestMemory memory = hv.memory(domid);
            memory.dirtiedSinceLastRound(); // tracking starts now, whatever an earlier attempt left
            BitSet send = new BitSet();
            send.set(0, (int) memory.pages());
            double dirtyRate = 0;
            for (int number = 1; ; number++) {
                long started = System.nanoTime();
                long bytes = sendRound(memory, send, MigrationProgress.Phase.PRECOPY, number, dirtyRate);
                long nanos = System.nanoTime() - started;
                memory = hv.memory(domid);
                BitSet dirty = memory.dirtiedSinceLastRound();
                rounds.add(new MigrationReport.Round(number, send.cardinality(), bytes, nanos / 1_000_000,
                        dirty.cardinality(), false));
                dirtyRate = nanos == 0 ? 0 : (double) dirty.cardinality() * GuestMemory.PAGE_SIZE * 1e9 / nanos;
                if (dirty.cardinality() <= policy.stopPages() || number >= policy.maxRounds()) {
                    return dirty;
                }
                send = dirty;
            }
        }

        /** The guest suspended: what it dirtied during the last live round and until it stopped. */
        private void stopAndCopy(BitSet dirty) throws IOException {
            GuestMemory memory = hv.memory(domid);
            BitSet last = (BitSet) dirty.clone();
            last.or(memory.dirtiedWithoutNewRound()); // nothing to sync while the guest is down
            long started = System.nanoTime();
            int number = rounds.size() + 1;
            long bytes = sendRound(memory, last, MigrationProgress.Phase.STOP_AND_COPY, number, 0);
            rounds.add(new MigrationReport.Round(number, last.cardinality(), bytes,
                    (System.nanoTime() - started) / 1_000_000, 0, true));
        }

        private long sendRound(GuestMemory memory, BitSet pages, MigrationProgress.Phase phase, int number,
                double dirtyRate) throws IOException {
            long total = (long) pages.cardinality() * GuestMemory.PAGE_SIZE;
            long started = System.nanoTime();
            long before = writer.bytes();
            progress.update(new MigrationProgress.Status(phase, number, 0, total, before, 0, dirtyRate));
            return writer.pages(memory, pages, done -> {
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.update(new MigrationProgress.Status(phase, number, Math.min(done, total), total,
                        before + done, seconds > 0 ? done / seconds : 0, dirtyRate));
            });
        }

        /** The receiver's ready message, then the source renamed away. */
        private void acknowledged() throws BeforeGo {
            progress.update(new MigrationProgress.Status(MigrationProgress.Phase.HANDSHAKE, rounds.size(), 0, 0,
                    writer.bytes(), 0, 0));
            try {
                Handshake.expect(link.fromReceiver(), Handshake.READY, "ready message", Handshake.RECEIVER_STREAM);
            } catch (IOException e) {
                throw new BeforeGo(Stage.READY, e);
            }
            notices.notice("migration sender: Target has acknowledged transfer.");
            try {
                hv.rename(domid, name + AWAY_SUFFIX); // recovery before GO renames back whatever the step
                renamed = true;
                journal.note("step", MigrationJournal.Step.GO.name());
            } catch (RuntimeException e) {
                throw new BeforeGo(Stage.RENAME, e);
            }
        }

        /** GO, then the receiver's report: from here on the target may run the domain. */
        private MigrationReport handOver() {
            notices.notice("migration sender: Giving target permission to start.");
            InputStream in = link.fromReceiver();
            int status;
            try {
                writer.message(Handshake.GO);
                Handshake.expect(in, Handshake.REPORT, "success/failure report message", Handshake.RECEIVER_STREAM);
                status = Handshake.readStatus(in, Handshake.RECEIVER_STREAM);
            } catch (IOException e) {
                return settle(e);
            }
            if (status != 0) {
                notices.notice("migration sender: Target reports startup failure (status code " + status + ").");
                try {
                    Handshake.expect(in, Handshake.GO, "permission for sender to resume", Handshake.RECEIVER_STREAM);
                } catch (IOException e) {
                    return settle(e);
                }
                notices.notice("migration sender: Trying to resume at our end.");
                List<String> lines = new ArrayList<>(resumeHere());
                lines.addAll(finishStorage(false));
                lines.add("Migration failed due to problems at target.");
                throw new MultiLineException(lines, 1);
            }
            notices.notice("migration sender: Target reports successful startup.");
            long downtimeNanos = System.nanoTime() - suspendNanos;
            hv.destroy(domid, false);
            finishStorage(true).forEach(notices::notice);
            notices.notice("Migration successful.");
            return report(downtimeNanos);
        }

        /**
         * The link broke after GO: only the target knows whether its copy started. With a
         * probe, the target is settled and the source follows it; without one, xl's warning,
         * and the source stays suspended as {@code NAME--migratedaway}.
         */
        private MigrationReport settle(IOException broken) {
            boolean interrupted = Thread.interrupted();
            try {
                link.cut();
                List<String> lines = new ArrayList<>();
                lines.add(causeLine(broken));
                Optional<TargetProbe> probe = link.probe();
                TargetProbe.Outcome outcome = null;
                if (probe.isPresent()) {
                    try {
                        outcome = probe.get().settle(name, request.receiver().paused());
                    } catch (RuntimeException e) {
                        lines.add("migration sender: cannot reach the target to settle the migration: "
                                + MigrationReceiver.causeLines(e).get(0));
                    }
                }
                if (outcome == TargetProbe.Outcome.TARGET_RUNS) {
                    long downtimeNanos = System.nanoTime() - suspendNanos;
                    lines.forEach(notices::notice);
                    notices.notice("migration sender: The link failed after the target was cleared to start, "
                            + "and the target runs " + name + ": destroying our copy.");
                    hv.destroy(domid, false);
                    finishStorage(true).forEach(notices::notice);
                    notices.notice("Migration successful.");
                    return report(downtimeNanos);
                }
                if (outcome == TargetProbe.Outcome.TARGET_CLEARED) {
                    lines.add("migration sender: The link failed after the target was cleared to start; "
                            + "the target holds no copy of " + name + ".");
                    lines.addAll(resumeHere());
                    lines.addAll(finishStorage(false));
                    lines.add("Migration failed, resuming at sender.");
                    throw new MultiLineException(lines, 1, broken);
                }
                // whichever copy is to run, the target has what the snapshots were for, or nothing
                lines.addAll(finishStorage(false));
                lines.addAll(FAILED_BADLY);
                throw new MultiLineException(lines, 1, broken);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The source back under its name, running: xl's lines as it resumes. */
        private List<String> resumeHere() {
            List<String> lines = new ArrayList<>();
            if (renamed) {
                try {
                    hv.rename(domid, name);
                    renamed = false;
                } catch (RuntimeException e) {
                    lines.add(MigrationReceiver.causeLines(e).get(0));
                }
            }
            try {
                if (suspended) {
                    hv.resume(domid);
                    suspended = false;
                }
                lines.add("migration sender: Resumed OK.");
            } catch (RuntimeException e) {
                lines.add(MigrationReceiver.causeLines(e).get(0));
            }
            return lines;
        }

        /** A failure before GO: the link cut, the source renamed back and resumed, xl's lines. */
        private MultiLineException putBack(BeforeGo failure) {
            boolean interrupted = Thread.interrupted();
            try {
                link.cut();
                Exception cause = (Exception) failure.getCause();
                List<String> lines = new ArrayList<>();
                switch (failure.stage) {
                    case BANNER, READY -> {
                        lines.add(causeLine(cause));
                        if (cause instanceof Handshake.UnexpectedMessage) {
                            lines.add("(command run was: " + link.command() + " )");
                        }
                    }
                    case STREAM -> {
                        lines.add(causeLine(cause));
                        lines.add("migration sender: libxl_domain_suspend failed (rc=" + HvError.FAIL.rc() + ")");
                    }
                    case SUSPEND -> {
                        lines.add(causeLine(cause));
                        int rc = cause instanceof HvException e ? e.error().rc() : HvError.FAIL.rc();
                        lines.add("migration sender: libxl_domain_suspend failed (rc=" + rc + ")");
                    }
                    case RENAME -> lines.add(causeLine(cause));
                }
                if (failure.stage != Stage.BANNER) {
                    boolean timedOut = failure.stage == Stage.SUSPEND && cause instanceof HvException e
                            && e.error() == HvError.GUEST_TIMEDOUT;
                    List<String> resumed = resumeHere();
                    resumed.remove("migration sender: Resumed OK.");
                    lines.addAll(resumed);
                    lines.addAll(finishStorage(false));
                    lines.add(timedOut ? "Migration failed, failed to suspend at sender."
                            : "Migration failed, resuming at sender.");
                }
                return new MultiLineException(lines, 1, cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private String causeLine(Exception e) {
            if (e instanceof InterruptedIOException) {
                return "migration sender: interrupted";
            }
            if (e instanceof Handshake.Truncated || e instanceof Handshake.UnexpectedMessage) {
                return e.getMessage();
            }
            if (e instanceof IOException) {
                return "migration sender: the link to the receiver failed: " + e.getMessage();
            }
            return MigrationReceiver.causeLines(e).get(0);
        }

        private MigrationReport report(long downtimeNanos) {
            long totalMs = (System.nanoTime() - startNanos) / 1_000_000;
            return new MigrationReport(name, link.command(), domid, -1, rounds.size(), writer.bytes(), storageBytes,
                    totalMs, downtimeNanos / 1_000_000, List.copyOf(rounds));
        }
    }
}
