/**
 * The hypervisor's own console ring, which {@code xl dmesg} reads: Xen's boot messages,
 * written when the host is made, then what Xen says about domains as they come and go.
 */
package xsh.hv.sim.xenconsole;
