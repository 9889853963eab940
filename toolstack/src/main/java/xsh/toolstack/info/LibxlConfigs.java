package xsh.toolstack.info;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.cpulist.HostTopology;
import xsh.cfg.libxl.HostFacts;
import xsh.cfg.libxl.LibxlConfigJson;
import xsh.cfg.libxl.XlGlobals;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;

/**
 * Domain configurations as libxl's JSON ({@code libxl_domain_config}): what {@code xl -N
 * create} prints, and {@code xl list -l}'s array of {@code {"domid", "config"}}, which
 * leaves out the domains whose configuration libxl cannot retrieve (Domain-0, a domain
 * that went away meanwhile).
 */
public final class LibxlConfigs {

    private LibxlConfigs() {
    }

    /** What xl learns of the host while it builds a config: its CPUs and nodes, Debian's paths, a stock xl.conf. */
    public static HostFacts hostFacts(HostInfo h) {
        return new HostFacts(new HostTopology(h.nodeOfCpu(), HostTopology.X86_MAX_NODES),
                HostFacts.DEBIAN_417_FIRMWARE_DIR, XlGlobals.stock());
    }

    /** {@code xl list -l}'s elements, in the order of {@code domains}. */
    public static List<Map<String, Object>> listLong(Hypervisor hv, List<DomainInfo> domains) {
        HostFacts facts = hostFacts(hv.hostInfo());
        List<Map<String, Object>> list = new ArrayList<>();
        for (DomainInfo d : domains) {
            retrieve(hv, d.domid()).ifPresent(definition -> {
                Map<String, Object> element = new LinkedHashMap<>();
                element.put("domid", d.domid());
                element.put("config", running(definition, d, facts));
                list.add(element);
            });
        }
        return list;
    }

    private static Optional<DomainDefinition> retrieve(Hypervisor hv, int domid) {
        try {
            return hv.definition(domid);
        } catch (HvException gone) {
            return Optional.empty();
        }
    }

    /**
     * libxl_retrieve_domain_configuration's live values: the memory target and maximum
     * (mem-set, mem-max) and the vcpus online (vcpu-set), in the keys' places.
     */
    private static Map<String, Object> liveBuildInfo(Map<String, Object> configured, DomainInfo d) {
        Map<String, Object> buildInfo = new LinkedHashMap<>();
        configured.forEach((key, value) -> buildInfo.put(key, switch (key) {
            case "max_memkb" -> d.maxKib();
            case "target_memkb" -> d.targetKib();
            case "avail_vcpus" -> java.util.stream.IntStream.range(0, d.onlineVcpus()).boxed().toList();
            default -> value;
        }));
        return buildInfo;
    }

    /** The stored config as the domain now is: libxl keeps its name and uuid up to date. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> running(DomainDefinition definition, DomainInfo d, HostFacts facts) {
        Map<String, Object> config = new LinkedHashMap<>(LibxlConfigJson.of(definition.config(), facts, d::uuid));
        Map<String, Object> createInfo = new LinkedHashMap<>((Map<String, Object>) config.get("c_info"));
        createInfo.put("name", d.name());
        if (createInfo.containsKey("uuid")) {
            createInfo.put("uuid", d.uuid().toString());
        }
        config.put("c_info", createInfo);
        config.put("b_info", liveBuildInfo((Map<String, Object>) config.get("b_info"), d));
        return config;
    }
}
