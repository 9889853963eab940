/** Where an embedded host's time comes from: the wall clock, or a manual clock in specs. */
package xsh.hv.sim.clock;
