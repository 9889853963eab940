package xsh.toolstack.saverestore;

import groovy.json.JsonException;
import groovy.json.JsonSlurper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import xsh.cfg.cpulist.HostTopology;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.cfg.libxl.HostFacts;
import xsh.cfg.libxl.LibxlConfigJson;
import xsh.cfg.libxl.XlGlobals;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.write.ConfigEditor;
import xsh.error.XshException;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.toolstack.vmcontrol.ConfigTyper;

/**
 * The config a save image carries, twice: libxl's JSON in the header, which xl reads (what
 * {@code xl -N create} would print for the config as the domain now is: its live name, uuid
 * and online vcpus, and its domid when saved with {@code -D}), and in xsh's trailer the
 * xl.cfg text xsh builds the domain from again, those settings edited into it. (libxl also
 * takes the live memory target and scheduler parameters; a restored domain here gets the
 * memory its image holds, and the config's scheduler parameters.)
 *
 * @param json   libxl's JSON as xl writes it (yajl's layout, a newline), without the NUL
 * @param source the xl.cfg text and its name
 */
public record SavedConfig(String json, ConfigSource source) {

    /** DOMID_FIRST_RESERVED: a domid from here on is not a guest's (libxl_domid_valid_guest). */
    static final int FIRST_RESERVED_DOMID = 0x7FF0;

    /** The JSON as the optional data holds it: with its trailing NUL. */
    public byte[] jsonWithNul() {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[text.length + 1];
        System.arraycopy(text, 0, withNul, 0, text.length);
        return withNul;
    }

    /**
     * What libxl_retrieve_domain_configuration gives for a running domain: the config it was
     * built from, under the name and uuid it has now; {@code c_info.domid} only with
     * {@code -D}, as xl sets it to 0 otherwise.
     */
    public static SavedConfig ofLiveDomain(DomainDefinition definition, DomainInfo live, boolean preserveDomid,
            HostInfo host) {
        DomainConfig config = definition.config();
        ConfigEditor edited = ConfigEditor.of(definition.source());
        if (!config.name().equals(live.name())) {
            edited.setString("name", live.name());
        }
        if (!config.uuid().equals(Optional.of(live.uuid()))) {
            edited.setString("uuid", live.uuid().toString());
        }
        if (config.vcpus().online() != live.onlineVcpus() && live.onlineVcpus() <= config.vcpus().max()) {
            // vcpu-set since it was built: the same vcpus come back online, the same maximum stays
            edited.setNumber("maxvcpus", config.vcpus().max()).setNumber("vcpus", live.onlineVcpus());
        }
        ConfigSource source = ConfigSource.of(definition.source().name(), edited.bytes());
        DomainConfig saved = ConfigTyper.type(source).definition().config();
        Map<String, Object> json = new LinkedHashMap<>(LibxlConfigJson.of(saved, facts(host), live::uuid));
        json.put("c_info", createInfo(json.get("c_info"), live, preserveDomid));
        return new SavedConfig(render(json), source);
    }

    /** An explicit config file (xl's {@code save DOMAIN FILE CONFIG}): as given, its domid 0 even with {@code -D}. */
    public static SavedConfig ofConfigFile(DomainDefinition definition, HostInfo host) {
        Map<String, Object> json = LibxlConfigJson.of(definition.config(), facts(host));
        return new SavedConfig(render(json), definition.source());
    }

    /**
     * An explicit config file (save's CONFIG, migrate's {@code -C}), which xl parses with its
     * xl.cfg parser, exiting on its errors.
     */
    public static SavedConfig ofConfigFile(String file, HostInfo host) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new XshException("unable to read overridden config file", 1, e);
        }
        return ofConfigFile(ConfigTyper.type(ConfigSource.of(file, bytes)).definition(), host);
    }

    /** libxl's JSON for a config, as {@code xl restore -d} prints it. */
    static String jsonOf(DomainDefinition definition, HostInfo host) {
        return render(LibxlConfigJson.of(definition.config(), facts(host)));
    }

    /**
     * The domid a restore asks for: {@code c_info.domid} when it is a guest's; none otherwise,
     * as xl then lets Xen choose.
     *
     * @throws IllegalArgumentException the JSON cannot be read
     */
    public static OptionalInt preservedDomid(String json) {
        Object parsed;
        try {
            parsed = new JsonSlurper().parseText(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (parsed instanceof Map<?, ?> config
                && config.get("c_info") instanceof Map<?, ?> createInfo
                && createInfo.get("domid") instanceof Number domid
                && domid.doubleValue() == domid.longValue()) {
            long value = domid.longValue();
            if (value > 0 && value < FIRST_RESERVED_DOMID) {
                return OptionalInt.of((int) value);
            }
        }
        return OptionalInt.empty();
    }

    private static Map<String, Object> createInfo(Object fromConfig, DomainInfo live, boolean preserveDomid) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<?, ?>) fromConfig).forEach((key, value) -> {
            switch (String.valueOf(key)) {
                case "name" -> {
                    out.put("name", live.name());
                    if (preserveDomid) {
                        out.put("domid", live.domid()); // libxl's field order: name, domid, uuid
                    }
                }
                case "uuid" -> out.put("uuid", live.uuid().toString());
                default -> out.put(String.valueOf(key), value);
            }
        });
        return out;
    }

    private static String render(Map<String, Object> json) {
        return JsonWriter.write(json, JsonStyle.LIBXL) + "\n";
    }

    /** What libxl's JSON learns from the host: its CPUs and nodes; Debian's paths and a stock xl.conf. */
    static HostFacts facts(HostInfo host) {
        int[] nodes = host.nodeOfCpu().stream().mapToInt(Integer::intValue).toArray();
        HostTopology topology = nodes.length > 0 ? HostTopology.of(nodes) : HostTopology.singleNode(host.nrCpus());
        return new HostFacts(topology, HostFacts.DEBIAN_417_FIRMWARE_DIR, XlGlobals.stock());
    }
}
