package xsh.toolstack.migrate;

import java.io.IOException;
import java.util.List;
import xsh.hv.DomainDefinition;

/**
 * The sender's half of {@code --with-storage}: the datasets holding the domain's disks go
 * to the receiver inside the migration stream, first whole while the guest runs, then what
 * changed meanwhile while it is suspended for the stop-and-copy. Made by
 * {@link StorageTransfers#sender}.
 */
public interface StorageTransfer {

    /** Nothing to send: a migration without {@code --with-storage}. */
    StorageTransfer NONE = new StorageTransfer() {
        @Override
        public List<String> datasets() {
            return List.of();
        }

        @Override
        public void sendInitial(RecordOutput out) {
        }

        @Override
        public void sendFinal(RecordOutput out) {
        }

        @Override
        public void finish(boolean migrated) {
        }
    };

    /** The datasets it moves, in the order they are sent. */
    List<String> datasets();

    /**
     * About how many bytes {@link #sendInitial} sends (what the datasets reference when it
     * is made), for a progress bar's total; 0 when not known.
     */
    default long initialBytes() {
        return 0;
    }

    /**
     * While the guest runs, before its domain is described to the receiver (whose build
     * needs the disks): a snapshot of every dataset and its whole stream.
     */
    void sendInitial(RecordOutput out) throws IOException;

    /** With the guest suspended: a second snapshot and what changed since the first. */
    void sendFinal(RecordOutput out) throws IOException;

    /**
     * The migration ended: succeeded ({@code migrated}) or not. Removes what it made at the
     * source (its snapshots); the source's datasets themselves stay.
     */
    void finish(boolean migrated);

    /** After {@code finish}: one line for each snapshot it could not remove at the source, saying why. */
    default List<String> leftovers() {
        return List.of();
    }

    /** The definition the receiver builds from, unchanged unless the disks' paths must change. */
    default DomainDefinition definitionForTarget(DomainDefinition definition) {
        return definition;
    }
}
