/**
 * The hypervisor SPI the toolstack drives, and its backends: {@code sim}, the embedded
 * simulated Xen host, and {@code xen}, a real Dom0 through {@code xl}.
 */
package xsh.hv;
