/**
 * The embedded simulated Xen host, xsh's default backend: {@link xsh.hv.sim.SimHosts} opens
 * hosts by name under {@code XSH_HOME/hosts/}, and each {@link xsh.hv.sim.SimHost} behaves, as
 * seen through xl, like a Debian Dom0 running Xen 4.17.
 *
 * <pre>
 * SimHosts hosts = new SimHosts(xshHome);               // real time
 * SimHosts hosts = new SimHosts(xshHome, manualClock);  // specs: time moves when told
 * try (SimHost host = hosts.open("h1")) {               // made with HostSpec.DEFAULT on first use
 *     host.create(definition, false);
 *     host.domains();
 * }
 * </pre>
 *
 * <p>A host's state is one SQLite database; every call is one transaction at the host's
 * "now", after the effects that fell due since the last call (a guest acting on a shutdown
 * request, xl's monitor restarting it) have been applied in time order. There is no daemon:
 * time is worked out from timestamps, so it keeps flowing while no xsh process runs, and
 * several processes can share a host.
 *
 * <p>Packages, one concept each: {@code clock} (where time comes from), {@code store} (the
 * database and its transactions), {@code host} (what the host is: size, pace, xl info),
 * {@code domains} (domain rows, domids, meters, memory accounting), {@code build} (create and
 * its checks), {@code lifecycle} (pause, shutdown, destroy, on_* actions, effects over time),
 * {@code resources} (mem-set, mem-max, vcpus), {@code sched} (scheduler parameters),
 * {@code pools} (cpupools), {@code storage} (the host's ZFS as far as paths go), {@code guest}
 * (the bridge to guest memory and console, {@code memory} and {@code console}).
 */
package xsh.hv.sim;
