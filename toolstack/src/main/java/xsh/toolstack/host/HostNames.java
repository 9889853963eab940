package xsh.toolstack.host;

import java.util.regex.Pattern;
import xsh.error.XshException;

/**
 * What an embedded host may be called. The name becomes part of its state under
 * {@code XSH_HOME} and is typed after {@code --host}, so it is kept to letters, digits and
 * {@code . _ -}, starting with a letter or digit: no path separators, nothing a shell quotes.
 */
public final class HostNames {

    public static final String DEFAULT = "default";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private HostNames() {
    }

    /** @throws XshException for a name that is not allowed, exit code 1 */
    public static String check(String name) {
        if (!VALID.matcher(name).matches()) {
            throw new XshException("invalid host name '" + name + "': use up to 64 letters, digits, '.', '_' "
                    + "and '-', starting with a letter or digit", 1);
        }
        return name;
    }
}
