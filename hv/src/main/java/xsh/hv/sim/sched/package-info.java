/** credit and credit2 parameters of domains and pools, with Xen's ranges and libxl's words. */
package xsh.hv.sim.sched;
