/**
 * xl's disk specification strings ({@code disk = [ "..." ]} entries and the words of
 * {@code xl block-attach}), read exactly as xl 4.17 reads them.
 *
 * <p>{@link xsh.cfg.disk.DiskSpecParser} turns a spec into a {@link xsh.cfg.disk.DiskSpec},
 * whose {@link xsh.cfg.disk.DiskSpec#toLibxl()} is what libxl's JSON shows for the disk, or
 * throws a {@link xsh.cfg.disk.DiskSpecException} carrying xl's exact error lines.
 */
package xsh.cfg.disk;
