/** Tab completion at the {@code xsh>} prompt. */
package xsh.shell.completion;
