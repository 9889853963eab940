/**
 * The hypervisor SPI the toolstack drives ({@link xsh.hv.Hypervisor}), and its backends:
 * {@code xsh.hv.sim}, the embedded simulated Xen host, and later {@code xsh.hv.xen}, a real
 * Dom0 through {@code xl}.
 */
package xsh.hv;
