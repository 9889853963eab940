/**
 * A host's SQLite database ({@code host.db}, WAL): creating it atomically, opening it with
 * checks that name the file when it is unusable, and running operations as transactions at
 * the host's now ({@link xsh.hv.sim.store.HostStore}).
 */
package xsh.hv.sim.store;
