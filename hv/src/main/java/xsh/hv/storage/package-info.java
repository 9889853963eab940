/**
 * The storage SPI: what {@code zfs} and {@code zpool} do to pools, filesystems, volumes and
 * snapshots, below the zfs command line. Implemented by the embedded host's copy-on-write
 * storage ({@code xsh.hv.sim.storage}) and by a real {@code zfs} ({@code xsh.hv.zfs}).
 */
package xsh.hv.storage;
