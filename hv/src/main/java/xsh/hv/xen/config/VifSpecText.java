package xsh.hv.xen.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import xsh.cfg.vif.ParsedVif;
import xsh.cfg.vif.VifSpecException;
import xsh.cfg.vif.VifSpecParser;

/**
 * One {@code libxl_device_nic} back as a vif string. xl splits a vif on commas, so a value
 * holding one cannot be written; it is named in a note instead. The device number is the
 * vif's place in the list unless {@code devid=} says otherwise, so it is written only when
 * the two differ.
 */
final class VifSpecText {

    private static final long UINT32_MAX = 0xffff_ffffL;
    private static final long USECS_PER_SECOND = 1_000_000L;

    /** libxl field -> vif key, for the plain string fields, in the order they are written. */
    private static final Map<String, String> STRINGS = orderedStrings();

    private final LibxlObject nic;
    private final String label;
    private final Consumer<String> notes;
    private final List<String> words = new ArrayList<>();

    private VifSpecText(LibxlObject nic, String label, Consumer<String> notes) {
        this.nic = nic;
        this.label = label;
        this.notes = notes;
    }

    /**
     * @param index  the vif's place in {@code vif=[...]}
     * @param label  how notes name the vif, e.g. {@code vif 0}
     * @param notes  receives what the vif string cannot carry, and what xl would say reading it
     * @return the vif string, or empty when xl would refuse it (which would stop the whole config)
     */
    static Optional<String> of(LibxlObject nic, int index, String label, Consumer<String> notes) {
        String vif = new VifSpecText(nic, label, notes).build(index);
        try {
            ParsedVif parsed = new VifSpecParser().parseConfigEntry(label, index, vif);
            parsed.warnings().forEach(warning -> notes.accept(label + ": xl says: " + warning));
            return Optional.of(vif);
        } catch (VifSpecException refused) {
            notes.accept(label + " not carried: xl would refuse `" + vif + "` (" + refused.xlMessage() + ")");
            return Optional.empty();
        }
    }

    private String build(int index) {
        nic.integer("devid").ifPresent(devid -> {
            if (devid != index && devid >= 0) {
                words.add("devid=" + devid);
            }
        });
        nic.string("mac").ifPresent(mac -> keyword("mac", mac));
        nic.count("mtu").ifPresent(mtu -> {
            if (mtu != 0) {
                words.add("mtu=" + mtu);
            }
        });
        STRINGS.forEach((field, key) -> nic.string(field).ifPresent(v -> keyword(key, v)));
        nic.string("nictype").ifPresent(this::type);
        rate();
        colo();
        nic.defbool("trusted").ifPresent(trusted -> words.add(trusted ? "trusted" : "untrusted"));
        return String.join(",", words);
    }

    private void type(String nicType) {
        switch (nicType) {
            case "vif_ioemu" -> words.add("type=ioemu");
            case "vif" -> words.add("type=vif");
            default -> notes.accept(label + ": nictype " + nicType + " not carried");
        }
    }

    /**
     * libxl keeps a rate as bytes per interval; xl reads {@code N B/s@I us} and stores
     * floor(N * I / 10^6). The smallest N that gives the bytes back is ceil(bytes * 10^6 / I),
     * exact whenever the interval is at most a second.
     */
    private void rate() {
        OptionalLong bytes = nic.count("rate_bytes_per_interval");
        long interval = nic.count("rate_interval_usecs").orElse(0);
        if (bytes.isEmpty() || bytes.getAsLong() == 0) {
            if (interval > 0 && interval < USECS_PER_SECOND) {
                // a rate too small to allow one byte per interval: xl keeps only the interval
                words.add("rate=1B/s@" + interval + "us");
            }
            return;
        }
        if (interval == 0 || interval > UINT32_MAX) {
            notes.accept(label + ": rate of " + bytes.getAsLong() + " bytes per interval has no interval, not carried");
            return;
        }
        BigInteger perSecond = BigInteger.valueOf(bytes.getAsLong()).multiply(BigInteger.valueOf(USECS_PER_SECOND))
                .add(BigInteger.valueOf(interval - 1)).divide(BigInteger.valueOf(interval));
        Optional<String> amount = amount(perSecond);
        if (amount.isEmpty()) {
            notes.accept(label + ": rate of " + bytes.getAsLong() + " bytes per " + interval + "us not carried (too large)");
            return;
        }
        BigInteger readBack = perSecond.multiply(BigInteger.valueOf(interval))
                .divide(BigInteger.valueOf(USECS_PER_SECOND));
        if (!readBack.equals(BigInteger.valueOf(bytes.getAsLong()))) {
            notes.accept(label + ": rate of " + bytes.getAsLong() + " bytes per " + interval
                    + "us written as the nearest rate xl can read");
        }
        words.add("rate=" + amount.get() + "B/s@" + interval + "us");
    }

    /** The bytes per second as xl reads them: at most UINT32_MAX before a K, M or G unit. */
    private static Optional<String> amount(BigInteger perSecond) {
        String[] units = {"", "K", "M", "G"};
        BigInteger value = perSecond;
        for (String unit : units) {
            if (value.compareTo(BigInteger.valueOf(UINT32_MAX)) <= 0) {
                return Optional.of(value + unit);
            }
            BigInteger[] divided = value.divideAndRemainder(BigInteger.valueOf(1000));
            if (divided[1].signum() != 0) {
                return Optional.empty();
            }
            value = divided[0];
        }
        return Optional.empty();
    }

    /** COLO's fields keep their libxl names as vif keys, but for the forwarding device. */
    private void colo() {
        for (String field : nic.keys()) {
            if (field.equals("coloft_forwarddev")) {
                nic.string(field).ifPresent(v -> keyword("forwarddev", v));
            } else if (field.startsWith("colo_")) {
                nic.string(field).ifPresent(v -> keyword(field, v));
            }
        }
    }

    private void keyword(String key, String value) {
        if (value.contains(",")) {
            notes.accept(label + ": " + key + " not carried (a comma cannot be written in a vif)");
        } else {
            words.add(key + "=" + value);
        }
    }

    private static Map<String, String> orderedStrings() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("bridge", "bridge");
        fields.put("model", "model");
        fields.put("ip", "ip");
        fields.put("ifname", "vifname");
        fields.put("script", "script");
        fields.put("gatewaydev", "gatewaydev");
        fields.put("backend_domname", "backend");
        return fields;
    }
}
