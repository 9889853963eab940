package xsh.hv.sim.build;

import java.util.UUID;

/**
 * What a restart takes from the running domain rather than from its config file, as xl's
 * {@code reload_domain_config} does through libxl_retrieve_domain_configuration: the current
 * name and uuid, the memory target and maximum, the online vcpus and the scheduler weight
 * and cap. Null fields come from the config.
 */
public record Overrides(String name, UUID uuid, Long targetKib, Long maxKib, Integer onlineVcpus, Integer weight,
                        Integer cap) {

    public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null);
}
