/** Building a domain from its configuration, with libxl's and Xen's checks in their order. */
package xsh.hv.sim.build;
