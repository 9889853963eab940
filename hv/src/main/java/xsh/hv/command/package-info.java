/**
 * Running a Dom0's programs ({@code xl}, {@code zfs}, {@code uname}) with an argument vector,
 * on this machine or on a remote host over ssh, where the remote login shell reads the words
 * back exactly ({@link xsh.hv.command.ShellWords}). Never through a local shell, so no domain,
 * dataset or file name can become a command.
 */
package xsh.hv.command;
