package xsh.shell.dryrun;

/**
 * A command that reads or changes depending on what it was given ({@code sched-credit} shows
 * without values and sets with them; {@code zfs get} reads and {@code zfs snapshot} writes).
 * Asked after its words are parsed and before it runs: under {@code --dry-run} it runs when it
 * only reads, and prints itself instead when it would change something. A command that always
 * changes state is marked {@link ChangesState} instead.
 */
public interface MayChangeState {

    /** Whether running the command as parsed would change a host or write a file. */
    boolean changesState();
}
