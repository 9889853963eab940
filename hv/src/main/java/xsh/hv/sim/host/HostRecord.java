package xsh.hv.sim.host;

import xsh.hv.HostSpec;

/** The host row: what the host is, how fast its guests act, and the hypervisor's domid rover. */
public record HostRecord(String name, HostSpec spec, long createdNs, int domidRover, SimSettings settings) {
}
