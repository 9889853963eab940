/**
 * The simulated guest's console: {@link xsh.hv.sim.console.SimConsoleLog}, a boot computed
 * from the guest's name, type, kernel and running time, and the host's events kept in
 * {@code console.events} in the domain's directory (see
 * {@link xsh.hv.sim.console.ConsoleEventFile}).
 */
package xsh.hv.sim.console;
