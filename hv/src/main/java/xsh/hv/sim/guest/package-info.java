/** The one bridge to a guest's memory image and console, kept in the domain's own directory. */
package xsh.hv.sim.guest;
