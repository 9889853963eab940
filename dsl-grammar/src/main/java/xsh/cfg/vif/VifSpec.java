package xsh.cfg.vif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One network interface as xl understands a vif string, before libxl fills in its defaults.
 * Absent values mean "libxl decides": a random {@code 00:16:3e} MAC, bridge {@code xenbr0},
 * script {@code vif-bridge}, backend domain 0, name {@code vif<domid>.<devid>}, MTU 1500,
 * no rate limit, trusted.
 */
public final class VifSpec {

    /** libxl's devid for "choose the next free one" (network-attach without devid=). */
    public static final int AUTO_DEVID = -1;

    private final int devid;
    private final MacAddress mac;
    private final String bridge;
    private final NicType type;
    private final String model;
    private final String script;
    private final String ip;
    private final String gatewaydev;
    private final String backend;
    private final String vifname;
    private final VifRate rate;
    private final int mtu;
    private final Boolean trusted;
    private final Map<String, String> colo;

    private VifSpec(Builder b) {
        this.devid = b.devid;
        this.mac = b.macOctets == null ? null : MacAddress.of(b.macOctets);
        this.bridge = b.bridge;
        this.type = b.type;
        this.model = b.model;
        this.script = b.script;
        this.ip = b.ip;
        this.gatewaydev = b.gatewaydev;
        this.backend = b.backend;
        this.vifname = b.vifname;
        this.rate = b.rate;
        this.mtu = b.mtu;
        this.trusted = b.trusted;
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : ColoFields.LIBXL_ORDER) {
            if (b.colo.containsKey(field)) {
                ordered.put(field, b.colo.get(field));
            }
        }
        this.colo = Collections.unmodifiableMap(ordered);
    }

    /** The device number: the vif's index in {@code vif=[...]}, {@code devid=}, or {@link #AUTO_DEVID}. */
    public int devid() {
        return devid;
    }

    /**
     * The MAC address as given. An all-zero address (also what a {@code mac=} that failed
     * in its first octet leaves) means the same to libxl as none: a random one.
     */
    public Optional<MacAddress> mac() {
        return Optional.ofNullable(mac);
    }

    public Optional<String> bridge() {
        return Optional.ofNullable(bridge);
    }

    public Optional<NicType> type() {
        return Optional.ofNullable(type);
    }

    /** The emulated NIC model (qemu's name, e.g. {@code e1000}); libxl's default is rtl8139. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    public Optional<String> script() {
        return Optional.ofNullable(script);
    }

    public Optional<String> ip() {
        return Optional.ofNullable(ip);
    }

    public Optional<String> gatewaydev() {
        return Optional.ofNullable(gatewaydev);
    }

    /** The backend domain, by name or id as written ({@code backend=}). */
    public Optional<String> backend() {
        return Optional.ofNullable(backend);
    }

    /** The backend interface name ({@code vifname=}; libxl's {@code ifname}). */
    public Optional<String> vifname() {
        return Optional.ofNullable(vifname);
    }

    public Optional<VifRate> rate() {
        return Optional.ofNullable(rate);
    }

    /** The MTU, or 0 for libxl's default (1500). xl keeps it as a C int, so huge values wrap. */
    public int mtu() {
        return mtu;
    }

    /** {@code trusted} / {@code untrusted}; absent means libxl's default, trusted. */
    public Optional<Boolean> trusted() {
        return Optional.ofNullable(trusted);
    }

    /** COLO settings by libxl field name, in libxl's order. */
    public Map<String, String> colo() {
        return colo;
    }

    /**
     * The vif as libxl's {@code device_nic} JSON: libxl's field names in its order, fields
     * at their default left out, exactly as {@code xl -N create} and
     * {@code xl -N network-attach} print them. Values are String, Integer or Long;
     * {@code trusted} is libxl's defbool form, the string {@code "True"} or {@code "False"}.
     */
    public Map<String, Object> toLibxl() {
        Map<String, Object> json = new LinkedHashMap<>();
        putIfSet(json, "backend_domname", backend);
        if (devid != AUTO_DEVID) {
            json.put("devid", devid);
        }
        if (mtu != 0) {
            json.put("mtu", mtu);
        }
        putIfSet(json, "model", model);
        if (mac != null && !mac.isZero()) {
            json.put("mac", mac.toString());
        }
        putIfSet(json, "ip", ip);
        putIfSet(json, "bridge", bridge);
        putIfSet(json, "ifname", vifname);
        putIfSet(json, "script", script);
        if (type != null) {
            json.put("nictype", type.libxlName());
        }
        if (rate != null && rate.bytesPerInterval() != 0) {
            json.put("rate_bytes_per_interval", rate.bytesPerInterval());
        }
        if (rate != null && rate.intervalUsecs() != 0) {
            json.put("rate_interval_usecs", rate.intervalUsecs());
        }
        putIfSet(json, "gatewaydev", gatewaydev);
        json.putAll(colo);
        if (trusted != null) {
            json.put("trusted", trusted ? "True" : "False");
        }
        return json;
    }

    private static void putIfSet(Map<String, Object> json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VifSpec v
                && devid == v.devid && mtu == v.mtu && type == v.type
                && Objects.equals(mac, v.mac) && Objects.equals(bridge, v.bridge)
                && Objects.equals(model, v.model) && Objects.equals(script, v.script)
                && Objects.equals(ip, v.ip) && Objects.equals(gatewaydev, v.gatewaydev)
                && Objects.equals(backend, v.backend) && Objects.equals(vifname, v.vifname)
                && Objects.equals(rate, v.rate) && Objects.equals(trusted, v.trusted)
                && colo.equals(v.colo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(devid, mac, bridge, type, model, script, ip, gatewaydev, backend, vifname,
                rate, mtu, trusted, colo);
    }

    @Override
    public String toString() {
        return "VifSpec" + toLibxl();
    }

    /**
     * Collects keys as xl applies them: later keys overwrite earlier ones, and a {@code mac=}
     * that fails part-way keeps the octets it read (see {@link MacOctetReader}).
     */
    static final class Builder {
        int devid = AUTO_DEVID;
        int[] macOctets;
        String bridge;
        NicType type;
        String model;
        String script;
        String ip;
        String gatewaydev;
        String backend;
        String vifname;
        VifRate rate;
        int mtu;
        Boolean trusted;
        final Map<String, String> colo = new LinkedHashMap<>();

        Builder(VifDefaults defaults) {
            script = defaults.script();
            bridge = defaults.bridge();
            gatewaydev = defaults.gatewaydev();
            backend = defaults.backend();
        }

        /** The MAC octets to read into; all zero (libxl's "none") until something is read. */
        int[] macOctets() {
            if (macOctets == null) {
                macOctets = new int[6];
            }
            return macOctets;
        }

        VifSpec build() {
            return new VifSpec(this);
        }
    }
}
