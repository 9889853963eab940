/** Cpupools: pCPUs in at most one pool, each domain in exactly one, Xen's rules for moving them. */
package xsh.hv.sim.pools;
