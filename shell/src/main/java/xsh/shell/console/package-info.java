/** {@code console}: a domain's console output, followed at a terminal until Ctrl-]. */
package xsh.shell.console;
