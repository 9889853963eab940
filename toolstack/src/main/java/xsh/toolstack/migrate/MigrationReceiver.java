package xsh.toolstack.migrate;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.toolstack.vmcontrol.Notices;

/**
 * {@code xl migrate-receive}: the banner, the domain built paused as {@code NAME--incoming}
 * while its memory arrives, then xl's handshake; the domain renamed and started once the
 * sender gives permission. A sender that goes away leaves nothing here.
 */
public final class MigrationReceiver {

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
        throw new UnsupportedOperationException("migrate-receive is not implemented yet");
    }
}
