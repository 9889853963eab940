/** Running guests' writes to their disks on the embedded storage, as the host's time passes. */
package xsh.hv.sim.disks;
