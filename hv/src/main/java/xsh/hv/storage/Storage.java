package xsh.hv.storage;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host's ZFS: the pools it has and the datasets in them, changed as {@code zfs} changes
 * them. Names are zfs's ({@code pool/fs}, {@code pool/vol}, {@code pool/fs@snap}); property
 * names and values are zfs's parsable ones (sizes in bytes). Every failure is a
 * {@link StorageException} in zfs's words, and a failed call changes nothing.
 *
 * <p>Both implementations answer the same specifications: the embedded one (copy-on-write,
 * inside the embedded host's state) and one that drives a real {@code zfs}.
 */
public interface Storage {

    /** The imported pools' names, sorted. */
    List<String> pools();

    /** Every dataset, snapshots included, in zfs's order (by name; a dataset's snapshots after it, oldest first). */
    List<Dataset> datasets();

    Optional<Dataset> dataset(String name);

    /**
     * Every dataset's name, snapshots included, in {@link #datasets()}'s order, without their
     * properties: what Tab completion needs, cheap however many snapshots there are (working
     * out ten thousand snapshots' space accounting takes far longer than reading their names).
     * (A default that takes them from {@link #datasets()}.)
     */
    default List<String> names() {
        return datasets().stream().map(Dataset::name).toList();
    }

    /** {@code zfs create [-p] [-o prop=value]... NAME}. */
    Dataset createFilesystem(String name, Map<String, String> properties, boolean parents);

    /** {@code zfs create [-p] [-s] -V SIZE [-o prop=value]... NAME}; {@code sizeBytes} a multiple of volblocksize. */
    Dataset createVolume(String name, long sizeBytes, Map<String, String> properties, boolean parents, boolean sparse);

    /** {@code zfs snapshot [-r] FS@SNAP...}: all of them at one instant, or none. */
    void snapshot(List<String> snapshots, boolean recursive);

    /** {@code zfs clone [-p] [-o prop=value]... SNAPSHOT TARGET}: shares the snapshot's blocks. */
    Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents);

    /**
     * {@code zfs rollback [-r] SNAPSHOT}: the dataset goes back to the snapshot; without
     * {@code destroyLater} refused when later snapshots exist, with it they are destroyed.
     */
    void rollback(String snapshot, boolean destroyLater);

    /** {@code zfs destroy [-r] NAME}: with {@code recursive} its children and snapshots too; refused for a snapshot with clones. */
    void destroy(String name, boolean recursive);

    /** {@code zfs rename [-p] OLD NEW} (a snapshot's new name may be {@code @snap} or the full name). */
    void rename(String from, String to, boolean parents);

    /** {@code zfs set prop=value NAME}, for the properties zfs lets a user set. */
    void set(String name, String property, String value);

    /**
     * {@code zfs send [-i FROM] SNAPSHOT}: a replication stream of the snapshot, or of what
     * changed since {@code from} (a snapshot of the same dataset), to {@code out}.
     */
    void send(String snapshot, Optional<String> from, OutputStream out);

    /**
     * {@code zfs recv [-F] TARGET}: makes TARGET (a dataset name, or {@code FS@SNAP}) from a
     * stream {@link #send} wrote. A full stream needs a new TARGET unless {@code force}; an
     * incremental one needs TARGET at the stream's base snapshot (with {@code force}, rolled
     * back to it first).
     */
    void receive(String target, InputStream in, boolean force);

    /**
     * {@code truncate -s SIZE PATH}: makes the file {@code path}, inside a mounted
     * filesystem of this storage, {@code sizeBytes} long (sparse), or resizes it; a guest
     * disk that lives in a dataset starts so. Refused, in truncate's words, for a path
     * outside every mounted filesystem, a directory, or a read-only one. (A default that
     * refuses, for storage without files.)
     */
    default void createFile(String path, long sizeBytes) {
        throw new StorageException("truncate: cannot open '" + path + "' for writing: Operation not supported");
    }
}
