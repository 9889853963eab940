package xsh.hv.sim.storage;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.StorageException;

/**
 * zfs's native properties: which a user may set, on what, to what, and which a child
 * inherits; in zfs's own order (the order of {@code zfs get all}). User properties are any
 * name with a {@code :}; they are inherited like compression.
 */
final class PropertyRules {

    static final int DEFAULT_RECORDSIZE = 128 * 1024;
    /** OpenZFS 2.2's default volblocksize. */
    static final int DEFAULT_VOLBLOCKSIZE = 16 * 1024;

    private static final String ON_OFF = "on | off";

    /**
     * One native property.
     *
     * @param editable     a user may set it ({@code zfs set}); otherwise it is readonly,
     *                     except at creation when {@code atCreate}
     * @param choices      the values allowed, as zfs lists them; null for sizes, paths and text
     */
    record Native(String name, boolean editable, boolean atCreate, boolean inheritable, boolean fs, boolean vol,
                  boolean snap, String defaultValue, String choices) {
        boolean appliesTo(DatasetType type) {
            return switch (type) {
                case FILESYSTEM -> fs;
                case VOLUME -> vol;
                case SNAPSHOT -> snap;
            };
        }
    }

    private static final Map<String, Native> NATIVE = new LinkedHashMap<>();

    static {
        stat("type", true, true, true);
        stat("creation", true, true, true);
        stat("used", true, true, true);
        stat("available", true, true, true);
        stat("referenced", true, true, true);
        stat("compressratio", true, true, true);
        stat("mounted", true, false, false);
        stat("origin", true, true, false);
        prop("quota", false, true, false, "0", null);
        prop("reservation", false, true, true, "0", null);
        add(new Native("volsize", true, true, false, false, true, true, null, null));
        add(new Native("volblocksize", false, true, true, false, true, true, String.valueOf(DEFAULT_VOLBLOCKSIZE), null));
        prop("recordsize", true, true, false, String.valueOf(DEFAULT_RECORDSIZE), null);
        prop("mountpoint", true, true, false, null, null);
        prop("sharenfs", true, true, false, "off", null);
        prop("checksum", true, true, true, "on", "on | off | fletcher2 | fletcher4 | sha256");
        prop("compression", true, true, true, "off", "on | off | lzjb | gzip | gzip-[1-9] | zle");
        prop("atime", true, true, false, "on", ON_OFF);
        prop("devices", true, true, false, "on", ON_OFF);
        prop("exec", true, true, false, "on", ON_OFF);
        prop("setuid", true, true, false, "on", ON_OFF);
        prop("readonly", true, true, true, "off", ON_OFF);
        prop("zoned", true, true, false, "off", ON_OFF);
        prop("snapdir", true, true, false, "hidden", "hidden | visible");
        prop("aclmode", true, true, false, "discard", "discard | groupmask | passthrough");
        prop("aclinherit", true, true, false, "restricted", "discard | noallow | restricted | passthrough | passthrough-x");
        stat("createtxg", true, true, true);
        prop("canmount", false, true, false, "on", "on | off | noauto");
        prop("xattr", true, true, false, "on", ON_OFF);
        prop("copies", true, true, true, "1", "1 | 2 | 3");
        prop("version", false, true, false, "5", "1 | 2 | 3 | 4 | 5 | current");
        add(new Native("utf8only", false, true, true, true, false, false, "off", ON_OFF));
        add(new Native("normalization", false, true, true, true, false, false, "none", "none | formC | formD | formKC | formKD"));
        add(new Native("casesensitivity", false, true, true, true, false, false, "sensitive", "sensitive | insensitive | mixed"));
        prop("vscan", true, true, false, "off", ON_OFF);
        prop("nbmand", true, true, false, "off", ON_OFF);
        prop("sharesmb", true, true, false, "off", null);
        prop("refquota", false, true, false, "0", null);
        prop("refreservation", false, true, true, "0", null);
        stat("guid", true, true, true);
        prop("primarycache", true, true, true, "all", "all | none | metadata");
        prop("secondarycache", true, true, true, "all", "all | none | metadata");
        stat("usedbysnapshots", true, true, false);
        stat("usedbydataset", true, true, false);
        stat("usedbychildren", true, true, false);
        stat("usedbyrefreservation", true, true, false);
        prop("logbias", true, true, true, "latency", "latency | throughput");
        prop("dedup", true, true, true, "off", "on | off | verify | sha256[,verify]");
        prop("sync", true, true, true, "standard", "standard | always | disabled");
        stat("refcompressratio", true, true, true);
        stat("written", true, true, true);
        stat("clones", false, false, true);
        stat("logicalused", true, true, false);
        stat("logicalreferenced", true, true, true);
    }

    private PropertyRules() {
    }

    private static void add(Native p) {
        NATIVE.put(p.name(), p);
    }

    /** A readonly statistic. */
    private static void stat(String name, boolean fs, boolean vol, boolean snap) {
        add(new Native(name, false, false, false, fs, vol, snap, null, null));
    }

    /** A settable property; {@code quota}-like ones are not inherited. */
    private static void prop(String name, boolean inheritable, boolean fs, boolean vol, String defaultValue, String choices) {
        add(new Native(name, true, false, inheritable, fs, vol, false, defaultValue, choices));
    }

    static List<Native> natives() {
        return List.copyOf(NATIVE.values());
    }

    static Optional<Native> find(String name) {
        return Optional.ofNullable(NATIVE.get(name));
    }

    static boolean isUser(String name) {
        return name.indexOf(':') >= 0;
    }

    /**
     * The value to store for {@code property=value} on a dataset of {@code type}, or zfs's
     * refusal after {@code refusal} ({@code cannot set property for 'X'}, {@code cannot create 'X'}).
     */
    static String normalize(DatasetType type, String property, String value, boolean creating, String refusal) {
        if (isUser(property)) {
            if (value.length() > 8191) {
                throw refuse(refusal, "property value too long");
            }
            return value;
        }
        Native p = find(property).orElseThrow(() -> refuse(refusal, "invalid property '" + property + "'"));
        if (!p.editable() && !(creating && p.atCreate())) {
            throw refuse(refusal, "'" + property + "' is readonly");
        }
        if (type == DatasetType.SNAPSHOT) {
            throw refuse(refusal, "this property can not be modified for snapshots");
        }
        if (!p.appliesTo(type)) {
            throw refuse(refusal, "'" + property + "' does not apply to datasets of this type");
        }
        switch (property) {
            case "quota", "reservation", "refquota", "refreservation" -> {
                return value.equals("none") ? "0" : String.valueOf(size(value, refusal));
            }
            case "volsize" -> {
                return String.valueOf(size(value, refusal));
            }
            case "recordsize", "volblocksize" -> {
                long n = size(value, refusal);
                if (n < 512 || n > DEFAULT_RECORDSIZE || Long.bitCount(n) != 1) {
                    throw refuse(refusal, "'" + property + "' must be power of 2 from 512B to 128KB");
                }
                return String.valueOf(n);
            }
            case "mountpoint" -> {
                if (value.equals("none") || value.equals("legacy")) {
                    return value;
                }
                if (!value.startsWith("/")) {
                    throw refuse(refusal, "'mountpoint' must be an absolute path, 'none', or 'legacy'");
                }
                String v = value;
                while (v.length() > 1 && v.endsWith("/")) {
                    v = v.substring(0, v.length() - 1);
                }
                return v;
            }
            case "compression" -> {
                if (!value.matches("on|off|lzjb|lz4|gzip|gzip-[1-9]|zle")) {
                    throw refuse(refusal, "'compression' must be one of '" + p.choices() + "'");
                }
                return value;
            }
            case "dedup" -> {
                if (!value.matches("on|off|verify|sha256|sha256,verify")) {
                    throw refuse(refusal, "'dedup' must be one of '" + p.choices() + "'");
                }
                return value;
            }
            default -> {
                if (p.choices() != null && !List.of(p.choices().split(" \\| ")).contains(value)) {
                    throw refuse(refusal, "'" + property + "' must be one of '" + p.choices() + "'");
                }
                return value;
            }
        }
    }

    private static StorageException refuse(String refusal, String why) {
        return new StorageException(refusal + ": " + why);
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([bkmgtpez]?)(?:b|ib)?", Pattern.CASE_INSENSITIVE);

    /** A size as zfs reads one: bytes, or a number with K, M, G, T, P, E (powers of 1024). */
    static long size(String value, String refusal) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw refuse(refusal, "bad numeric value '" + value + "'");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 0;
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            case "p" -> 50;
            case "e" -> 60;
            default -> 70;
        };
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(2).pow(shift));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw refuse(refusal, "numeric value is too large");
        }
        return bytes.longValue();
    }

    static long sizeOrZero(Optional<String> stored) {
        return stored.map(Long::parseLong).orElse(0L);
    }
}
