package xsh.toolstack.zfs;

import xsh.hv.storage.Storage;

/** A zfs command line zfs accepted, ready to run against a host's storage. */
public interface ZfsRequest {

    /** zfs's name of the command: {@code list}, {@code receive}... */
    String command();

    /**
     * Runs it. A failure of the whole command is a {@link xsh.hv.storage.StorageException} (or
     * another {@link xsh.error.XshException}) in zfs's words; failures for some of several
     * datasets are lines of the outcome.
     */
    ZfsOutcome run(Storage storage, ZfsStreams streams);
}
