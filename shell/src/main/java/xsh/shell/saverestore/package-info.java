/**
 * {@code save} and {@code restore}: xl's options and stderr lines over the toolstack's
 * {@link xsh.toolstack.saverestore.Saver} and {@link xsh.toolstack.saverestore.Restorer}, and a
 * progress line on a terminal.
 */
package xsh.shell.saverestore;
