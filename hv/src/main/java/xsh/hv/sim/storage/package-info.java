/**
 * The embedded host's ZFS: pools {@code zroot} and {@code tank}, filesystems, volumes,
 * snapshots and clones, copy-on-write in the host's database ({@link xsh.hv.sim.storage.BlockMap}),
 * behind the storage SPI ({@link xsh.hv.sim.storage.EmbeddedStorage}), with zfs's words for
 * every refusal. Guests' disks are its volumes ({@code /dev/zvol/POOL/VOL}) and files under
 * its filesystems' mountpoints.
 */
package xsh.hv.sim.storage;
