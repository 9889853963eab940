/** The embedded host's ZFS pools and zvols, as far as a Dom0 needs them to find disk paths. */
package xsh.hv.sim.storage;
