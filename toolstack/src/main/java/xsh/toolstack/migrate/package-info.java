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
 * under its own name unless the receiver has been cleared to start its copy. When the link
 * breaks after that, a {@link xsh.toolstack.migrate.TargetProbe} (for another embedded host,
 * {@link xsh.toolstack.migrate.TargetSettlement}) tells the sender which copy runs on. A
 * process that dies mid-migration leaves a journal entry under
 * {@code XSH_HOME/migrations/HOST/}; the next process to open the host undoes what it left
 * ({@link xsh.toolstack.migrate.MigrationRecovery}).
 *
 * <p>The stream as xsh sends it:
 * <pre>
 *   save image header, libxl JSON config      as xl writes it to a file
 *   libxl stream v2 header "LibxlFmt"
 *   LIBXC_CONTEXT record                      then libxc's stream:
 *     image header "XENF", domain header
 *     [xsh storage records]                   --with-storage: the datasets, whole
 *     xsh DOMAIN record                       memory size, xl.cfg name and text
 *     PAGE_DATA records                       round 1: every page; later rounds: the pages dirtied
 *     PAGE_DATA records                       the stop-and-copy, the guest suspended
 *     [xsh storage records]                   what changed on the disks meanwhile
 *     END
 *   EMULATOR_CONTEXT record (HVM guests)
 *   END record
 *   then xl's handshake, both ways
 * </pre>
 */
package xsh.toolstack.migrate;
