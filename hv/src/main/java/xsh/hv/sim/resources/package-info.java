/** mem-set, mem-max, vcpu-set, vcpu-list and vcpu-pin. */
package xsh.hv.sim.resources;
