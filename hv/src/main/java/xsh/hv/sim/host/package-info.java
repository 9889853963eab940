/** What a host is: its size and topology, its pace ({@link xsh.hv.sim.host.SimSettings}), what xl info says. */
package xsh.hv.sim.host;
