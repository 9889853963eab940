package xsh.toolstack.host;

/**
 * One embedded host as {@code host list} shows it.
 *
 * @param current whether it is the host commands work on now ({@code --host})
 */
public record HostSummary(String name, boolean current, int cpus, long totalMemoryMib, long freeMemoryMib,
                          int domains) {
}
