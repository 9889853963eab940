/**
 * {@code migrate --with-storage}: the datasets holding a domain's disks travel inside the
 * migration stream as storage records ({@link xsh.toolstack.migrate.storage.StorageRecords}):
 * each dataset's whole replication stream while the guest runs, then what changed meanwhile
 * during the stop-and-copy. The target receives them under the same names, so volumes keep
 * their paths; a file's path follows its filesystem's mountpoint there.
 *
 * <p>Never two copies: a failed migration takes down what the target received
 * ({@link xsh.toolstack.migrate.storage.ReceivedDatasets}), also after a crash, from what a
 * {@link xsh.toolstack.migrate.storage.CreationJournal} kept; the migration's snapshots are
 * removed on both sides ({@link xsh.toolstack.migrate.storage.MigrationSnapshots}), and the
 * source's datasets stay.
 */
package xsh.toolstack.migrate.storage;
