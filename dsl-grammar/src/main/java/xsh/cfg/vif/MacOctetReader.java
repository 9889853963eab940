package xsh.cfg.vif;

import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.Conversion;

/**
 * Reads the six groups of a {@code mac=} value the way xl does: each group is a
 * {@code strtoul} in base 16 whose low 32 bits must be at most 255, and after each group
 * exactly one character is skipped, whatever it is. So {@code 00-16-3e-01-02-03} and
 * {@code 0:1:2:3:4:5} are fine, and anything after the sixth group is ignored.
 *
 * <p>xl writes each octet as soon as it is read, so a value that fails half-way leaves
 * the first octets changed. In a config file that failure is only a warning and the vif
 * is created with the partial address; callers see that through {@code octets}.
 *
 * <p>When a value has fewer than six groups, xl goes on reading the memory behind the
 * value's terminating NUL: in a config file that is the rest of the vif string (after the
 * comma that ended this key), on the command line it is the next argument. {@code memory}
 * is that text: the value, a NUL, then whatever followed it, if anything. Reading past
 * the end of {@code memory} counts as a failure (in xl it is undefined).
 */
final class MacOctetReader {

    private MacOctetReader() {
    }

    /** Returns true when all six octets were read; {@code octets} holds what was read either way. */
    static boolean read(String memory, int[] octets) {
        int pos = 0;
        for (int i = 0; i < 6; i++) {
            if (pos > memory.length()) {
                return false;
            }
            Conversion group = CNumbers.strtoul(memory, pos, 16);
            long low32 = group.value() & 0xffff_ffffL; // xl keeps it in an unsigned int
            if (group.end() == pos || low32 > 255) {
                return false;
            }
            octets[i] = (int) low32;
            pos = group.end() + 1;
        }
        return true;
    }
}
