/**
 * {@code --dry-run}: which commands change state ({@link xsh.shell.dryrun.ChangesState}), and
 * what is printed instead of running them.
 */
package xsh.shell.dryrun;
