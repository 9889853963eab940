package xsh.toolstack.migrate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.GuestMemory;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.RestoreRequest;
import xsh.toolstack.domain.DomainFileNames;
import xsh.toolstack.saverestore.LibxcStream;
import xsh.toolstack.saverestore.LibxlStream;
import xsh.toolstack.saverestore.SavedConfig;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.CreateFailure;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl migrate-receive}: the banner, the domain built paused as {@code NAME--incoming}
 * while its memory arrives, then xl's handshake; the domain renamed and started once the
 * sender gives permission. A sender that goes away leaves nothing here.
 */
public final class MigrationReceiver {

    static final String INCOMING_SUFFIX = "--incoming";
    /** Where xl says the stream comes from, in the lines it prints as create_domain reads it. */
    static final String SOURCE = "<incoming migration stream>";

    private final Hypervisor hv;
    private final Path home;

    /** @param home XSH_HOME, where a migration in flight is journalled so a crash can be undone */
    public MigrationReceiver(Hypervisor hv, Path home) {
        this.hv = hv;
        this.home = home;
    }

    /**
     * @param in  the sender's stream (the receiver's stdin)
     * @param out back to the sender (the receiver's stdout): the banner and the handshake
     * @return the migrated domain, running (or paused with {@code -p})
     * @throws xsh.error.XshException with xl's {@code migration target:} lines; exit 1
     */
    public DomainInfo receive(ReceiverFlags flags, InputStream in, OutputStream out, Notices notices) {
        return new Reception(flags, in, out, notices).run();
    }

    /** One migration arriving: what it has built so far, to be removed if it fails. */
    private final class Reception {
        final ReceiverFlags flags;
        final MigrationStreamReader reader;
        final OutputStream out;
        final Notices notices;
        StorageIntake intake;
        MigrationJournal journal;
        /** libxl's rc for a refusal that is not the host's own ({@code cannot make domain: -6}). */
        int refusalRc = HvError.FAIL.rc();
        DomainInfo incoming;
        String name;
        GuestMemory memory;
        TrailingSync sync;

        Reception(ReceiverFlags flags, InputStream in, OutputStream out, Notices notices) {
            this.flags = flags;
            this.reader = new MigrationStreamReader(in);
            this.out = out;
            this.notices = notices;
        }

        DomainInfo run() {
            notices.notice("migration target: Ready to receive domain.");
            try {
                out.write(Handshake.BANNER);
                out.flush();
            } catch (IOException e) {
                throw new XshException("migration target: cannot send the banner: " + e.getMessage(), 1, e);
            }
            try {
                stream();
            } catch (IOException | RuntimeException e) {
                throw failed(e, creationFailed(e));
            }
            notices.notice("migration target: Transfer complete, requesting permission to start domain.");
            try {
                Handshake.send(out, Handshake.READY);
                Handshake.expect(reader.input(), Handshake.GO, "GO message", Handshake.MIGRATION_STREAM);
            } catch (IOException e) {
                throw failed(e, "migration target: Failure, destroying our copy.");
            }
            notices.notice("migration target: Got permission, starting domain.");
            return start();
        }

        /** The stream to its end: the domain built when its record comes, its pages as they come. */
        private void stream() throws IOException {
            MigrationStreamReader.Preamble preamble = reader.preamble();
            notices.notice("Loading new save file " + SOURCE + " (new xl fmt info " + preamble.header().info() + ")");
            notices.notice(" Savefile contains xl domain config in JSON format");
            int type = reader.streamHeaders();
            for (MigrationStreamReader.RecordHead head = reader.libxlRecord(); head.type() != LibxcStream.REC_END;
                    head = reader.libxlRecord()) {
                checkInterrupt();
                if (head.type() == LibxcStream.REC_PAGE_DATA) {
                    if (memory == null) {
                        throw new IOException("pages arrived before the domain was described");
                    }
                    BitSet pages = reader.pageNumbers(head, memory.pages());
                    reader.pagesInto(memory, pages);
                    sync.written((long) pages.cardinality() * GuestMemory.PAGE_SIZE);
                } else if (head.optional() && head.xshType() == XshRecordTypes.DOMAIN) {
                    build(IncomingDomain.decode(reader.body(head)), preamble.json());
                } else if (head.optional() && XshRecordTypes.isStorage(head.xshType())) {
                    intake().accept(head.xshType(), reader.body(head));
                } else if (head.optional()) {
                    reader.skip(head);
                } else {
                    throw new IOException("libxc record type 0x" + Integer.toHexString(head.type())
                            + " is not one xsh knows");
                }
            }
            if (memory == null) {
                throw new IOException("the stream ended without describing its domain");
            }
            for (MigrationStreamReader.RecordHead head = reader.libxlRecord(); head.type() != LibxlStream.REC_END;
                    head = reader.libxlRecord()) {
                if (head.type() == LibxlStream.REC_EMULATOR_CONTEXT && type == LibxcStream.DOMAIN_X86_HVM
                        || head.type() == LibxlStream.REC_EMULATOR_XENSTORE_DATA) {
                    reader.skip(head); // the simulated device model has no state of its own
                } else {
                    throw new IOException("libxl record type " + head.type() + " is not one xsh knows");
                }
            }
            // the pages durable before the ready message; until then the copy is partial, and a crash's recovery removes it
            sync.finish();
            sync.close();
        }

        private void build(IncomingDomain described, String json) {
            if (memory != null) {
                throw new XshException("the stream describes its domain twice", 1);
            }
            notices.notice("Parsing config from <saved>");
            DomainDefinition typed = ConfigTyper.type(described.config()).definition();
            DomainDefinition definition = intake != null ? intake.adapt(typed) : typed;
            name = definition.config().name();
            DomainFileNames.refusal(name).ifPresent(refusal -> {
                throw new XshException(refusal, 1);
            });
            // the domain's own source, on a migration to this very host, gives way at the handshake
            if (hv.domainNamed(name).filter(d -> !definition.config().uuid().equals(Optional.of(d.uuid()))).isPresent()) {
                refusalRc = HvError.INVAL.rc();
                throw new MultiLineException(CreateFailure.nameTakenLines(name, false), 1);
            }
            OptionalInt domid = SavedConfig.preservedDomid(json);
            journal().note("name", name);
            incoming = hv.createIncoming(new RestoreRequest(definition, described.memoryBytes(), domid, true,
                    flags.monitored()), name + INCOMING_SUFFIX);
            journal.note("domid", Integer.toString(incoming.domid()));
            memory = hv.memory(incoming.domid());
            sync = new TrailingSync(memory);
        }

        /** Opened before the first thing this migration makes here: a dataset, or the domain. */
        private MigrationJournal journal() {
            if (journal == null) {
                journal = MigrationJournal.open(home, hv.hostName(), "receiving", Map.of());
            }
            return journal;
        }

        private StorageIntake intake() {
            if (intake == null) {
                // each dataset's name is durable before it exists: a recovery removes it after a crash
                intake = StorageTransfers.receiver(hv, dataset -> journal().add("dataset", dataset));
            }
            return intake;
        }

        /** Renamed, unpaused unless {@code -p}, and the sender told how that went. */
        private DomainInfo start() {
            int rc = 0;
            List<String> failure = new ArrayList<>();
            try {
                hv.rename(incoming.domid(), name);
                if (!flags.paused()) {
                    hv.unpause(incoming.domid());
                }
            } catch (HvException e) {
                rc = e.error().rc();
                failure.add(e.getMessage());
            }
            if (rc == 0) {
                notices.notice("migration target: Domain started successsfully.");
            }
            try {
                out.write(Handshake.REPORT);
                out.write(-rc);
                out.flush();
            } catch (IOException e) {
                if (rc == 0) {
                    committed();
                    throw new XshException("migration target: the domain runs here, but the sender could not be told: "
                            + e.getMessage(), 1, e);
                }
                throw failed(e, "migration target: Failure, destroying our copy.");
            }
            if (rc != 0) {
                notices.notice("migration target: Failure, destroying our copy.");
                failure.addAll(discard());
                notices.notice("migration target: Cleanup OK, granting sender permission to resume.");
                try {
                    Handshake.send(out, Handshake.GO);
                } catch (IOException e) {
                    failure.add("migration target: cannot give the sender permission to resume: " + e.getMessage());
                }
                throw new MultiLineException(failure, 1);
            }
            committed();
            return hv.domain(incoming.domid()).orElseThrow(() -> new XshException(
                    "migration target: domain " + name + " vanished as it started", 1));
        }

        private void committed() {
            if (intake != null) {
                intake.commit();
                intake.leftovers().forEach(line -> notices.notice("migration target: " + line));
            }
            closeJournal();
        }

        private void closeJournal() {
            if (journal != null) {
                journal.close();
            }
        }

        private String creationFailed(Exception e) {
            int rc = e instanceof HvException hve ? hve.error().rc() : refusalRc;
            return "migration target: Domain creation failed (code " + rc + ").";
        }

        /** Everything this migration made here removed; the lines say why. */
        private MultiLineException failed(Exception cause, String last) {
            boolean interrupted = Thread.interrupted();
            try {
                List<String> lines = new ArrayList<>(causeLines(cause));
                lines.addAll(discard());
                lines.add(last);
                return new MultiLineException(lines, 1, cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * The domain destroyed first (it keeps its disks busy), then the datasets received.
         * The journal stays while something is left, so the next process to open the host
         * tries again.
         *
         * @return one line for each thing left, saying why
         */
        private List<String> discard() {
            if (sync != null) {
                sync.close();
            }
            List<String> left = new ArrayList<>();
            try {
                if (incoming != null) {
                    hv.destroy(incoming.domid(), false);
                    memory = null;
                }
            } catch (HvException e) {
                if (hv.domain(incoming.domid()).filter(d -> d.uuid().equals(incoming.uuid())).isPresent()) {
                    left.add("migration target: cannot destroy our copy: " + e.getMessage());
                }
            }
            if (intake != null) {
                try {
                    intake.abort();
                } catch (RuntimeException e) {
                    left.add(causeLines(e).get(0));
                }
            }
            if (left.isEmpty()) {
                closeJournal();
            }
            return left;
        }

        private void checkInterrupt() throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("migration target: interrupted");
            }
        }
    }

    static List<String> causeLines(Exception e) {
        if (e instanceof MultiLineException multi) {
            return multi.lines();
        }
        return List.of(Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
    }
}
