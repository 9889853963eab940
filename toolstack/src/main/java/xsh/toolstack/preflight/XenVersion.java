package xsh.toolstack.preflight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.error.XshException;

/**
 * The Xen a FreeBSD Dom0 boots, where its setup differs: 4.7 spells a PVH Dom0
 * {@code dom0pvh=1} and needs {@code hw.pci.mcfg=0}; 4.11 and later spell it {@code dom0=pvh}.
 */
public record XenVersion(int major, int minor) {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)?");

    public static final XenVersion V4_7 = new XenVersion(4, 7);
    public static final XenVersion V4_11 = new XenVersion(4, 11);

    /** {@code 4.7}, {@code 4.11}, {@code 4.19.1}. */
    public static XenVersion parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new XshException("invalid Xen version '" + text + "' (e.g. 4.7 or 4.19)", 2);
        }
        return new XenVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether this Xen takes {@code dom0=pvh} (4.11 and later) rather than 4.7's {@code dom0pvh=1}. */
    public boolean pvhAsDom0Option() {
        return major > 4 || (major == 4 && minor >= 11);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
