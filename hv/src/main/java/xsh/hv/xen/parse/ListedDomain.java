package xsh.hv.xen.parse;

import java.util.Optional;
import java.util.UUID;
import xsh.hv.DomainState;

/**
 * One row of {@code xl list}, {@code xl list -v}, {@code -c} or {@code -v -c}.
 *
 * @param memoryMib    xl's Mem column: current plus outstanding memory, MiB
 * @param cpuTimeNanos the Time(s) column, which xl rounds to a tenth of a second
 * @param uuid         present with {@code -v}
 * @param pool         present with {@code -c}
 */
public record ListedDomain(String name, int domid, long memoryMib, int onlineVcpus, DomainState state,
                           long cpuTimeNanos, Optional<UUID> uuid, Optional<String> pool) {
}
