/**
 * Tab completion at the {@code xsh>} prompt. {@link xsh.shell.completion.ReplCompletion} is what the
 * REPL asks for; {@code LiveCompleter} reads the words before the cursor through the command
 * table ({@code CommandWords}), decides what the argument under the cursor is ({@code ArgumentTable},
 * {@code ZfsArguments} for zfs's getopt words) and offers it: domains in the state the command takes
 * ({@code DomainFilter}), cpupools, datasets and snapshots ({@code DatasetCandidates}), hosts, and
 * files ({@code FileCandidates}). The host's state comes from {@link xsh.shell.completion.LiveState},
 * a cache read on a background thread, so that a Tab does not wait for the host's database.
 */
package xsh.shell.completion;
