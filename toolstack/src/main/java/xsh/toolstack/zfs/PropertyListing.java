package xsh.toolstack.zfs;

import xsh.hv.storage.Storage;

/**
 * A zfs command that prints datasets' properties ({@code list}, {@code get}): values are
 * printed as this host prints them (its time zone for dates), or as the caller says.
 */
public interface PropertyListing extends ZfsRequest {

    /** Runs it with the given way of printing values. */
    ZfsOutcome run(Storage storage, PropertyText text);

    @Override
    default ZfsOutcome run(Storage storage, ZfsStreams streams) {
        return run(storage, PropertyText.local());
    }
}
