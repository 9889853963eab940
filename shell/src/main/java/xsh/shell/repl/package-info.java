/**
 * The {@code xsh>} prompt around the command table: the prompt itself, syntax highlighting,
 * suggestions from history and each command's synopsis, Ctrl-C for the running command, and
 * the commands that only make sense at a terminal ({@code clear}).
 */
package xsh.shell.repl;
