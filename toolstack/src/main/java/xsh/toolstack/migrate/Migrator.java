package xsh.toolstack.migrate;

import java.nio.file.Path;
import xsh.hv.Hypervisor;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl migrate}'s sender: the domain's memory to the receiver in live pre-copy rounds,
 * then the stop-and-copy and xl's handshake (see the package's description).
 */
public final class Migrator {

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
        throw new UnsupportedOperationException("migrate is not implemented yet");
    }
}
