/**
 * Domains as the hypervisor keeps them: rows, domid allocation (Xen's rover and libxl's
 * 60-second reuse rule), meters that grow with time (cpu time, running time, balloon), the
 * host's memory book, and what an observer sees (flags, running or blocked).
 */
package xsh.hv.sim.domains;
