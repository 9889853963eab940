package xsh.toolstack.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.error.XshException;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.hv.NativeProgress;
import xsh.hv.NativeToolstack;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.saverestore.NativeFailure;
import xsh.toolstack.saverestore.UnwindOnExit;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code migrate} on a real Dom0: xl's own {@code xl migrate} sends the guest to the target's
 * {@code xl migrate-receive}, which only xl can: its stream is the guest's real memory. xsh
 * tells xl's lines as xl prints them and draws its page counts as a progress bar; of the
 * report it knows the domain, the target and the time it took: the rest of what xsh's own
 * migration measures xl does not tell ({@link MigrationReport#UNKNOWN}).
 */
public final class NativeMigrator {

    /** xl counts pages; the progress bar, bytes. */
    private static final long PAGE_BYTES = 4096;

    private final Hypervisor hv;
    private final NativeToolstack xl;

    public NativeMigrator(Hypervisor hv, NativeToolstack xl) {
        this.hv = hv;
        this.xl = xl;
    }

    /**
     * @param host       the target as xl takes it: an ssh destination, or with {@code -s ''} the receiver's command
     * @param sshCommand {@code -s}: empty for xl's own default ({@code ssh})
     * @param foreground {@code -F} (without {@code -e}): the receiver is not daemonized, but monitors
     * @throws XshException {@code --with-storage} (the embedded host's), or xl's failure with its exit code
     */
    public MigrationReport migrate(MigrateRequest request, String host, Optional<String> sshCommand,
                                   boolean foreground, Notices notices, MigrationProgress progress) {
        if (request.withStorage()) {
            throw new XshException("migrate --with-storage: the embedded host's own; on a real Dom0 xl migrate "
                    + "moves memory only (send the datasets with zfs send first)", 1);
        }
        int domid = DomainResolver.resolve(hv, request.domain());
        DomainInfo domain = hv.domain(domid)
                .orElseThrow(() -> new XshException(request.domain() + " is an invalid domain identifier (rc=-6)", 1));
        ReceiverFlags receiver = request.receiver();
        NativeToolstack.MigrateFlags flags = new NativeToolstack.MigrateFlags(sshCommand, request.configFile(),
                !receiver.monitored() && !foreground, foreground, receiver.paused(), receiver.debug());
        long started = System.nanoTime();
        Reporting reporting = new Reporting(notices, progress, started);
        try (UnwindOnExit exit = UnwindOnExit.ofCurrentThread()) {
            xl.migrate(domid, host, flags, reporting);
        } catch (XshException e) {
            throw NativeFailure.of(e, reporting.told);
        }
        long totalMs = Math.round((System.nanoTime() - started) / 1e6);
        return new MigrationReport(domain.name(), host, domid, MigrationReport.UNKNOWN, MigrationReport.UNKNOWN,
                MigrationReport.UNKNOWN, 0, totalMs, MigrationReport.UNKNOWN, List.of());
    }

    /** xl's lines to the notices; its pages, round by round (a count that starts again is the next), to the bar. */
    private static final class Reporting implements NativeProgress {

        private final Notices notices;
        private final MigrationProgress progress;
        private final List<String> told = new ArrayList<>();
        private long roundStarted;
        private int round = 1;
        private long lastDone;
        private long sentBefore;

        Reporting(Notices notices, MigrationProgress progress, long started) {
            this.notices = notices;
            this.progress = progress;
            this.roundStarted = started;
        }

        @Override
        public void message(String line) {
            told.add(line);
            notices.notice(line);
        }

        @Override
        public void progress(long done, long total) {
            long now = System.nanoTime();
            if (done < lastDone) {
                sentBefore += lastDone * PAGE_BYTES;
                round++;
                roundStarted = now;
            }
            lastDone = done;
            double seconds = Math.max(1e-9, (now - roundStarted) / 1e9);
            progress.update(new MigrationProgress.Status(MigrationProgress.Phase.PRECOPY, round, done * PAGE_BYTES,
                    total * PAGE_BYTES, sentBefore + done * PAGE_BYTES, done * PAGE_BYTES / seconds, 0));
        }
    }
}
