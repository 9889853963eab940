/**
 * What {@code top} shows, as xentop computes it: samples of the host and every domain (cpu
 * time, memory, vcpus, state, uptime), the cpu share each domain used between two samples,
 * the count of domains in each state, and the columns a view sorts by. No terminal here: the
 * shell draws the frames.
 */
package xsh.toolstack.top;
