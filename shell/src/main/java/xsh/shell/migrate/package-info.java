/**
 * {@code migrate} and {@code migrate-receive}: xl's options and stderr lines over the
 * toolstack's {@link xsh.toolstack.migrate.Migrator} and
 * {@link xsh.toolstack.migrate.MigrationReceiver}; the links to a receiver (an ssh command, or
 * this xsh started again for another embedded host, {@code local:NAME}); {@code migrate --all};
 * the result line, its JSON and a progress bar on a terminal.
 */
package xsh.shell.migrate;
