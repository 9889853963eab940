package xsh.toolstack.migrate;

import xsh.hv.DomainDefinition;
import xsh.hv.Hypervisor;

/** Makes the two halves of {@code --with-storage} on a host's storage. */
public final class StorageTransfers {

    private StorageTransfers() {
    }

    /**
     * The sender's half for the domain built from {@code definition}.
     *
     * @param tag names the migration's snapshots ({@code DATASET@tag-1}, {@code @tag-2}), unique per migration
     */
    public static StorageTransfer sender(Hypervisor hv, DomainDefinition definition, String tag) {
        throw new UnsupportedOperationException("--with-storage is not implemented yet");
    }

    /** The receiver's half on {@code hv}'s storage. */
    public static StorageIntake receiver(Hypervisor hv) {
        throw new UnsupportedOperationException("--with-storage is not implemented yet");
    }
}
