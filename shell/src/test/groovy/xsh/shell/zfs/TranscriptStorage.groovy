package xsh.shell.zfs

import xsh.hv.storage.Dataset
import xsh.hv.storage.DatasetType
import xsh.hv.storage.Storage

/**
 * The datasets of the zfs transcript at two moments, with zfs's parsable values: A, after the
 * snapshots (tank/vm with @t1 @r1 @t2); B, at the end (after the clone, the rollback and the
 * rename of @t1 to @first). Read-only: only listing is asked of it.
 */
class TranscriptStorage implements Storage {

    static final long K = 1024
    static final long M = 1024 * 1024

    final List<Dataset> all

    TranscriptStorage(List<Dataset> all) {
        this.all = all
    }

    static Dataset fs(String name, long used, long avail, long refer, Map extra = [:]) {
        String mountpoint = '/tmp/zft/mnt' + (name == 'tank' ? '' : name.substring('tank'.length()))
        new Dataset(name, DatasetType.FILESYSTEM, strings([type: 'filesystem', used: "$used", available: "$avail",
                referenced: "$refer", compression: 'off', mountpoint: mountpoint] + extra))
    }

    static Dataset snap(String name, long used, long refer) {
        new Dataset(name, DatasetType.SNAPSHOT, strings([type: 'snapshot', used: "$used", referenced: "$refer"]))
    }

    private static Map<String, String> strings(Map values) {
        values.collectEntries { k, v -> [k.toString(), v.toString()] } as LinkedHashMap<String, String>
    }

    static TranscriptStorage stateA() {
        long avail = 207 * M
        new TranscriptStorage([
            fs('tank', 11_744_051, avail, 128 * K),
            snap('tank@r1', 0, 128 * K),
            fs('tank/bad name', 112 * K, avail, 112 * K),
            snap('tank/bad name@r1', 0, 112 * K),
            fs('tank/vm', 10_905_190, avail, 8_519_680, [compression: 'on']),
            snap('tank/vm@t1', 0, 8_519_680),
            snap('tank/vm@r1', 0, 8_519_680),
            snap('tank/vm@t2', 0, 8_519_680),
            fs('tank/vm/a', 232 * K, avail, 120 * K, [compression: 'on']),
            snap('tank/vm/a@r1', 0, 120 * K),
            fs('tank/vm/a/b', 112 * K, avail, 112 * K, [compression: 'on']),
            snap('tank/vm/a/b@r1', 0, 112 * K),
        ])
    }

    static TranscriptStorage stateB() {
        long avail = 209 * M
        new TranscriptStorage([
            fs('tank', 9_772_728, avail, 136 * K),
            snap('tank@r1', 96 * K, 128 * K),
            fs('tank/bad name', 112 * K, avail, 112 * K),
            snap('tank/bad name@r1', 0, 112 * K),
            fs('tank/vm', 8_755_610, avail, 8_519_680, [compression: 'on']),
            snap('tank/vm@first', 0, 8_519_680),
            snap('tank/vm@r1', 0, 8_519_680),
            snap('tank/vm@t3', 0, 8_519_680),
            fs('tank/vm/a', 232 * K, avail, 120 * K, [compression: 'on']),
            snap('tank/vm/a@r1', 0, 120 * K),
            fs('tank/vm/a/b', 112 * K, avail, 112 * K, [compression: 'on']),
            snap('tank/vm/a/b@r1', 0, 112 * K),
            fs('tank/vmclone', 0, avail, 8_519_680, [origin: 'tank/vm@first']),
        ])
    }

    @Override
    List<String> pools() { ['tank'] }

    @Override
    List<Dataset> datasets() { all }

    @Override
    Optional<Dataset> dataset(String name) { Optional.ofNullable(all.find { it.name() == name }) }

    @Override
    Dataset createFilesystem(String name, Map<String, String> properties, boolean parents) { throw new UnsupportedOperationException() }

    @Override
    Dataset createVolume(String name, long sizeBytes, Map<String, String> properties, boolean parents, boolean sparse) { throw new UnsupportedOperationException() }

    @Override
    void snapshot(List<String> snapshots, boolean recursive) { throw new UnsupportedOperationException() }

    @Override
    Dataset clone(String snapshot, String target, Map<String, String> properties, boolean parents) { throw new UnsupportedOperationException() }

    @Override
    void rollback(String snapshot, boolean destroyLater) { throw new UnsupportedOperationException() }

    @Override
    void destroy(String name, boolean recursive) { throw new UnsupportedOperationException() }

    @Override
    void rename(String from, String to, boolean parents) { throw new UnsupportedOperationException() }

    @Override
    void set(String name, String property, String value) { throw new UnsupportedOperationException() }

    @Override
    void send(String snapshot, Optional<String> from, OutputStream out) { throw new UnsupportedOperationException() }

    @Override
    void receive(String target, InputStream input, boolean force) { throw new UnsupportedOperationException() }
}
