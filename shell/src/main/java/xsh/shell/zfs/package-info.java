/**
 * The faces of zfs: {@code zfs ...} at the xsh> prompt and in one-shot mode ({@link
 * xsh.shell.zfs.ZfsCommand}), and {@code xsh zfs ARGS...}, a drop-in zfs for sh scripts
 * ({@link xsh.shell.zfs.ZfsFrontEnd}); both print zfs's tables, lines and exit codes.
 */
package xsh.shell.zfs;
