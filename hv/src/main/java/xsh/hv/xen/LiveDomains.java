package xsh.hv.xen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import xsh.cfg.domain.DomainType;
import xsh.hv.DomainInfo;
import xsh.hv.xen.parse.ListedDomain;

/**
 * The domains as xl reports them, put together: {@code xl list -v -c}'s rows (state, memory,
 * online vcpus, cpu time, uuid, pool), {@code xl list -l}'s configs (type, maximum vcpus,
 * balloon target, static maximum) and {@code xl uptime} (when each started). Domain-0 has no
 * config there: it is PV, or PVH when Xen was booted with {@code dom0=pvh}
 * ({@code dom0pvh=1} before 4.11), and has as many vcpus as {@code xl vcpu-list} shows.
 */
final class LiveDomains {

    private static final Pattern DOM0_PVH = Pattern.compile("(?:^|\\s)(?:dom0=(?:\\S*,)?pvh(?:,\\S*)?|dom0pvh(?:=(?:1|yes|true|on))?)(?:\\s|$)");

    private LiveDomains() {
    }

    /**
     * @param dom0Vcpus how many vcpus Domain-0 has, online or not
     * @param commandline Xen's command line ({@code xl info}'s {@code xen_commandline})
     */
    static List<DomainInfo> of(List<ListedDomain> listed, Map<Integer, Map<String, Object>> configs,
                               Map<Integer, Instant> started, int dom0Vcpus, String commandline, Instant now) {
        List<DomainInfo> domains = new ArrayList<>();
        for (ListedDomain row : listed) {
            long currentKib = row.memoryMib() * 1024;
            Map<String, Object> config = configs.get(row.domid());
            Map<String, Object> cInfo = LibxlMaps.map(config, "c_info");
            Map<String, Object> bInfo = LibxlMaps.map(config, "b_info");
            DomainType type = row.domid() == DomainInfo.DOMAIN_0 && config == null
                    ? dom0Type(commandline)
                    : type(LibxlMaps.string(cInfo, "type", "pv"));
            int maxVcpus = row.domid() == DomainInfo.DOMAIN_0 && config == null
                    ? Math.max(dom0Vcpus, row.onlineVcpus())
                    : (int) LibxlMaps.number(bInfo, "max_vcpus", row.onlineVcpus());
            long targetKib = LibxlMaps.number(bInfo, "target_memkb", currentKib);
            long maxKib = Math.max(targetKib, LibxlMaps.number(bInfo, "max_memkb", targetKib));
            UUID uuid = row.uuid().orElseGet(() -> uuid(LibxlMaps.string(cInfo, "uuid", null)));
            domains.add(new DomainInfo(row.domid(), row.name(), uuid, type, row.state(), currentKib, targetKib, maxKib,
                    row.onlineVcpus(), maxVcpus, row.cpuTimeNanos(), started.getOrDefault(row.domid(), now),
                    row.pool().orElse("Pool-0")));
        }
        return domains;
    }

    static DomainType dom0Type(String commandline) {
        return DOM0_PVH.matcher(commandline).find() ? DomainType.PVH : DomainType.PV;
    }

    private static DomainType type(String name) {
        for (DomainType type : DomainType.values()) {
            if (type.xlName().equals(name)) {
                return type;
            }
        }
        return DomainType.HVM;
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? new UUID(0, 0) : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }
}
