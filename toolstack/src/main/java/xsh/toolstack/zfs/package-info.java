/**
 * What the {@code zfs} command does, below its faces: the command line parsed as zfs's getopt
 * parses it, with zfs's usage errors (exit code 2) and messages (exit code 1); each command run
 * against a host's {@link xsh.hv.storage.Storage}; the results as typed tables that the shell
 * prints as zfs does ({@code zfs list}'s columns, nicenum sizes) or as JSON.
 */
package xsh.toolstack.zfs;
