/**
 * The storage SPI over a real ZFS: {@code zfs} and {@code zpool} run as child processes with
 * an argument vector, their parsable output read back ({@code zfs get -Hp}), their refusals
 * passed on in their own words.
 */
package xsh.hv.zfs;
