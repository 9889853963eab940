package xsh.shell.dryrun;

/**
 * A command whose dry run says more than its command line: {@code checkpoint restore} shows
 * what it would clone and write, {@code checkpoint prune} exactly which checkpoints would go.
 * Under {@code --dry-run} it runs, asked by {@link #dryRun(boolean)} to plan and change nothing.
 */
public interface DryRunsItself {

    /** Called before the command runs: {@code true} under {@code --dry-run}. */
    void dryRun(boolean planOnly);
}
