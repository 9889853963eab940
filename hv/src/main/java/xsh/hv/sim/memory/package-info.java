/**
 * Simulated guest memory as real bytes: {@link xsh.hv.sim.memory.SimGuestMemory}, a sparse
 * data file per domain and a workload, computed rather than run, that dirties pages while
 * the guest runs, so save images, checkpoints and live-migration rounds move real data.
 *
 * <p>Files in the domain's directory: {@code memory.state} (see
 * {@link xsh.hv.sim.memory.MemoryStateFile}), {@code memory-N.img} (the pages as of the
 * last create or restore; N counts restores), {@code memory.state.tmp} while the state is
 * being replaced.
 */
package xsh.hv.sim.memory;
