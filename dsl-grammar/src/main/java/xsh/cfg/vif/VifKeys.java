package xsh.cfg.vif;

import java.util.List;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;

/**
 * Applies one {@code key=value} word of a vif to a {@link VifSpec.Builder}, as xl's
 * {@code parse_nic_config} does: the key must be followed by {@code =} (so {@code bridge}
 * alone is unknown), and only {@code trusted} and {@code untrusted} stand alone.
 */
final class VifKeys {

    /** A word xl refused: fatal for network-attach, only a printed line in a config file. */
    record Rejection(String xlMessage, String humanMessage) {
    }

    private VifKeys() {
    }

    /**
     * @param behind   the text after the word's terminating NUL in xl's memory, or null when
     *                 nothing known follows; only a short {@code mac=} reads it (see {@link MacOctetReader})
     * @param warnings  receives the deprecation lines xl prints but never fails on
     * @return null when the word was taken, otherwise why not
     * @throws VifSpecException for the errors xl always exits on: rate, devid and mtu
     */
    static Rejection apply(VifSpec.Builder b, String word, String behind, String source, List<String> warnings) {
        if (word.equals("trusted")) {
            b.trusted = true;
            return null;
        }
        if (word.equals("untrusted")) {
            b.trusted = false;
            return null;
        }
        int eq = word.indexOf('=');
        if (eq < 0) {
            return unrecognized(word);
        }
        String key = word.substring(0, eq);
        String value = word.substring(eq + 1);
        switch (key) {
            case "type" -> {
                return type(b, value);
            }
            case "mac" -> {
                String memory = behind == null ? value : value + '\0' + behind;
                return MacOctetReader.read(memory, b.macOctets()) ? null
                        : new Rejection("Invalid parameter `mac'.", "vif mac '" + value
                                + "' is not a MAC address: expected six hex octets, e.g. 00:16:3e:01:02:03");
            }
            case "bridge" -> b.bridge = value;
            case "netdev" -> {
                warnings.add("the netdev parameter is deprecated, please use gatewaydev instead");
                b.gatewaydev = value;
            }
            case "gatewaydev" -> b.gatewaydev = value;
            case "ip" -> b.ip = value;
            case "script" -> b.script = value;
            case "backend" -> b.backend = value;
            case "vifname" -> b.vifname = value;
            case "model" -> b.model = value;
            case "rate" -> b.rate = VifRate.parse(source, value);
            case "accel" -> warnings.add("the accel parameter for vifs is currently not supported");
            case "devid" -> b.devid = cInt(key, value);
            case "mtu" -> b.mtu = cInt(key, value);
            default -> {
                String coloField = ColoFields.fieldFor(key);
                if (coloField == null) {
                    return unrecognized(word);
                }
                b.colo.put(coloField, value);
            }
        }
        return null;
    }

    private static Rejection type(VifSpec.Builder b, String value) {
        switch (value) {
            case "vif" -> b.type = NicType.VIF;
            case "ioemu" -> b.type = NicType.VIF_IOEMU;
            default -> {
                return new Rejection("Invalid parameter `type'.",
                        "vif type '" + value + "' is not valid: use 'vif' or 'ioemu'");
            }
        }
        return null;
    }

    private static Rejection unrecognized(String word) {
        return new Rejection("unrecognized argument `" + word + "'", "unknown vif setting '" + word + "'");
    }

    /**
     * xl reads devid and mtu with {@code strtoul}, exits when nothing converts or the result
     * is ULONG_MAX ({@code -1} too), ignores trailing junk, and stores the rest in a C int.
     */
    private static int cInt(String key, String value) {
        Conversion number = CNumbers.strtoul(value, 0, 10);
        if (number.end() == 0 || number.value() == CNumbers.ULONG_MAX) {
            throw new VifSpecException("xl: failed to convert \"" + value + "\" to number",
                    "vif " + key + " '" + value + "' is not a number");
        }
        return (int) number.value();
    }
}
