/**
 * Live migration as {@code xl migrate} does it, over any pair of streams: the sender
 * ({@link xsh.toolstack.migrate.Migrator}) starts a receiver through a
 * {@link xsh.toolstack.migrate.MigrationLink} (ssh, or a local xsh for another embedded
 * host), checks xl's banner, sends xl's save header with the config and libxl's stream with
 * the memory in live pre-copy rounds, then the two sides finish with xl's NUL-terminated
 * handshake and the {@code NAME--incoming} / {@code NAME--migratedaway} renames. The receiver
 * ({@link xsh.toolstack.migrate.MigrationReceiver}) is what {@code migrate-receive} runs.
 *
 * <p>What xsh adds rides where xl and libxc never look, as libxc's optional records (type
 * bit 31 set, which a reader skips when it does not know them): the xl.cfg text the receiver
 * builds the domain from, and with {@code --with-storage} the disks' replication streams
 * ({@link xsh.toolstack.migrate.StorageTransfer}, {@link xsh.toolstack.migrate.StorageIntake}).
 *
 * <p>Whatever fails, exactly one copy of the domain runs afterwards: the source resumes
 * under its own name unless the receiver has been cleared to start its copy.
 */
package xsh.toolstack.migrate;
