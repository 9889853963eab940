package xsh.hv.sim.store;

import java.util.List;

/**
 * The tables of one embedded host. Instants are nanoseconds since the epoch; memory is in
 * KiB as libxl counts it; booleans are 0/1.
 *
 * <p>A domain's uuid is two integers and its on_* actions one text ({@code on_poweroff
 * on_reboot on_watchdog on_crash on_soft_reset} in xl's spelling, space-separated): listing a
 * thousand domains reads every row, and each text column costs a string.
 *
 * <p>Time-dependent quantities (cpu time, running time, balloon progress) are stored as a
 * value at a moment plus a rate, not as a value updated by a daemon: any process can work
 * out the value at "now" without writing, and a write happens only when a rate changes.
 */
public final class Schema {

    /** {@code PRAGMA application_id}: "xsh1", so a foreign SQLite file is recognised as such. */
    public static final int APPLICATION_ID = 0x78736831;

    /** {@code PRAGMA user_version}: bumped with every incompatible change of the tables below. */
    public static final int VERSION = 1;

    /** Size of each ZFS pool of a new host: 100 GiB. */
    public static final long DEFAULT_POOL_BYTES = 100L << 30;

    static final List<String> TABLES = List.of(
        """
        CREATE TABLE host (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            cpus INTEGER NOT NULL,
            memory_mib INTEGER NOT NULL,
            dom0_memory_mib INTEGER NOT NULL,
            dom0_vcpus INTEGER NOT NULL,
            nodes INTEGER NOT NULL,
            created_ns INTEGER NOT NULL,
            clock_ns INTEGER NOT NULL,
            domid_rover INTEGER NOT NULL,
            next_instance INTEGER NOT NULL,
            shutdown_delay_ms INTEGER NOT NULL,
            restart_delay_ms INTEGER NOT NULL,
            balloon_kib_per_s INTEGER NOT NULL,
            dirty_bytes_per_s INTEGER NOT NULL,
            guest_load_ppm INTEGER
        )""",
        """
        CREATE TABLE pools (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            scheduler TEXT NOT NULL,
            tslice_ms INTEGER NOT NULL,
            ratelimit_us INTEGER NOT NULL,
            migration_delay_us INTEGER NOT NULL
        )""",
        // the primary key is the invariant: a pCPU is in at most one pool
        """
        CREATE TABLE pool_cpus (
            cpu INTEGER PRIMARY KEY,
            pool_id INTEGER NOT NULL REFERENCES pools(id)
        )""",
        """
        CREATE TABLE domains (
            domid INTEGER PRIMARY KEY,
            instance INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            uuid_high INTEGER NOT NULL,
            uuid_low INTEGER NOT NULL,
            type TEXT NOT NULL,
            pool_id INTEGER NOT NULL REFERENCES pools(id),
            created_ns INTEGER NOT NULL,
            max_kib INTEGER NOT NULL,
            target_kib INTEGER NOT NULL,
            granted_kib INTEGER NOT NULL,
            mem_kib INTEGER NOT NULL,
            mem_run_ns INTEGER NOT NULL,
            online_vcpus INTEGER NOT NULL,
            max_vcpus INTEGER NOT NULL,
            cpu_ns INTEGER NOT NULL,
            run_ns INTEGER NOT NULL,
            meter_ns INTEGER NOT NULL,
            load_ppm INTEGER NOT NULL,
            dirty_bytes_per_s INTEGER NOT NULL,
            pause_count INTEGER NOT NULL,
            shutdown_reason INTEGER,
            dying INTEGER NOT NULL,
            weight INTEGER NOT NULL,
            cap INTEGER NOT NULL,
            pv_control INTEGER NOT NULL,
            actions TEXT NOT NULL
        )""",
        // libxl lets several domains have the empty name; every other name is unique
        "CREATE UNIQUE INDEX domains_by_name ON domains(name) WHERE name <> ''",
        """
        CREATE TABLE domain_configs (
            domid INTEGER PRIMARY KEY REFERENCES domains(domid) ON DELETE CASCADE,
            source_name TEXT NOT NULL,
            source BLOB NOT NULL,
            updated INTEGER NOT NULL,
            boot_name TEXT NOT NULL,
            boot_type TEXT NOT NULL,
            kernel TEXT
        )""",
        """
        CREATE TABLE vcpu_affinity (
            domid INTEGER NOT NULL REFERENCES domains(domid) ON DELETE CASCADE,
            vcpu INTEGER NOT NULL,
            hard BLOB,
            soft BLOB,
            PRIMARY KEY (domid, vcpu)
        )""",
        """
        CREATE TABLE recent_domids (
            domid INTEGER PRIMARY KEY,
            freed_ns INTEGER NOT NULL
        )""",
        // due_ns NULL: waiting for the guest to run again (a shutdown request to a paused guest)
        """
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            due_ns INTEGER,
            domid INTEGER,
            kind TEXT NOT NULL,
            reason INTEGER,
            payload BLOB
        )""",
        "CREATE INDEX events_by_due ON events(due_ns)",
        """
        CREATE TABLE monitor_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at_ns INTEGER NOT NULL,
            domid INTEGER,
            message TEXT NOT NULL
        )""",
        "CREATE TABLE zfs_pools (name TEXT PRIMARY KEY, size_bytes INTEGER NOT NULL DEFAULT " + DEFAULT_POOL_BYTES + ")");

    /** What a host without its pools' datasets gets on opening: hosts made before storage had them. */
    static final List<String> STORAGE_UPGRADE = List.of(
        "ALTER TABLE zfs_pools ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT " + DEFAULT_POOL_BYTES,
        "DROP TABLE IF EXISTS zvols");

    /**
     * The ZFS of the embedded host, copy-on-write. A transaction group (txg) numbers every
     * change; a snapshot is the txg it froze. A row of {@code zfs_bp} (a block pointer) or
     * {@code zfs_objects} (a file, or a volume's size) is part of its dataset from txg
     * {@code birth} until {@code death} (NULL: still live), so a snapshot at txg S sees the
     * rows with {@code birth <= S < death} and taking one writes nothing but its own row.
     * Snapshots keep their rows in their dataset's ({@code parent_id}); a clone starts with
     * a copy of its origin's visible rows (same block ids and births), so it shares the
     * blocks, and what was born before its origin is charged to the origin.
     */
    static final List<String> STORAGE_TABLES = List.of(
        "CREATE TABLE IF NOT EXISTS zfs_txg (id INTEGER PRIMARY KEY CHECK (id = 1), txg INTEGER NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS zfs_datasets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            pool TEXT NOT NULL REFERENCES zfs_pools(name),
            type TEXT NOT NULL,
            parent_id INTEGER REFERENCES zfs_datasets(id),
            origin_id INTEGER REFERENCES zfs_datasets(id),
            txg INTEGER NOT NULL,
            created_ns INTEGER NOT NULL,
            guid INTEGER NOT NULL,
            block_size INTEGER NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS zfs_datasets_by_parent ON zfs_datasets(parent_id)",
        """
        CREATE TABLE IF NOT EXISTS zfs_props (
            dataset_id INTEGER NOT NULL REFERENCES zfs_datasets(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (dataset_id, name)
        )""",
        """
        CREATE TABLE IF NOT EXISTS zfs_objects (
            dataset_id INTEGER NOT NULL REFERENCES zfs_datasets(id),
            obj INTEGER NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            birth INTEGER NOT NULL,
            death INTEGER
        )""",
        "CREATE INDEX IF NOT EXISTS zfs_objects_by_obj ON zfs_objects(dataset_id, obj, birth)",
        """
        CREATE TABLE IF NOT EXISTS zfs_blocks (
            id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL,
            data BLOB NOT NULL
        )""",
        """
        CREATE TABLE IF NOT EXISTS zfs_bp (
            dataset_id INTEGER NOT NULL REFERENCES zfs_datasets(id),
            obj INTEGER NOT NULL,
            blkid INTEGER NOT NULL,
            birth INTEGER NOT NULL,
            death INTEGER,
            size INTEGER NOT NULL,
            block_id INTEGER NOT NULL REFERENCES zfs_blocks(id)
        )""",
        "CREATE INDEX IF NOT EXISTS zfs_bp_by_block ON zfs_bp(dataset_id, obj, blkid, birth)",
        "CREATE INDEX IF NOT EXISTS zfs_bp_by_block_id ON zfs_bp(block_id)",
        // a running guest's writable disk on the embedded storage; ticks: records it has written
        """
        CREATE TABLE IF NOT EXISTS disk_writers (
            domid INTEGER NOT NULL REFERENCES domains(domid) ON DELETE CASCADE,
            vdev TEXT NOT NULL,
            dataset_id INTEGER NOT NULL,
            obj INTEGER NOT NULL,
            ticks INTEGER NOT NULL,
            PRIMARY KEY (domid, vdev)
        )""");

    /**
     * Tables added after version 1 without changing the older ones: made with the host, and
     * added once to a host made before them (see {@code HostDatabase}), so no host is lost.
     */
    static final List<String> ADDED_TABLES = List.of(
        // the hypervisor's console ring (xl dmesg), oldest line first
        """
        CREATE TABLE IF NOT EXISTS xen_console (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            line TEXT NOT NULL
        )""",
        // domains created without a monitor (xl create -e): no on_* action runs for them
        """
        CREATE TABLE IF NOT EXISTS unmonitored (
            domid INTEGER PRIMARY KEY REFERENCES domains(domid) ON DELETE CASCADE
        )""");

    private Schema() {
    }
}
