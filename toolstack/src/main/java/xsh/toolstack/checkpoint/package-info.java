/**
 * Checkpoints: a domain's save image, config and disk snapshots taken at one pause, kept in
 * a host's catalog ({@link xsh.toolstack.checkpoint.SqliteCheckpointCatalog}); the journal
 * of those being taken, and the recovery of those a dead process left half taken.
 */
package xsh.toolstack.checkpoint;
