package xsh.shell.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.error.XshException;

/**
 * A remote host as {@code --host} and {@code connect} name it: {@code ssh://[user@]host[:port]}.
 * The user and host become one word of ssh's command line, so neither may start with '-' (ssh
 * would read an option) nor hold anything but what names them.
 *
 * @param user null for ssh's default (the local user, or the ssh configuration's)
 * @param host a host name, an IPv4 address or a bracketed IPv6 address
 * @param port 0 for ssh's default
 */
public record SshTarget(String user, String host, int port) {

    /** What marks a host as remote. */
    public static final String SCHEME = "ssh://";

    private static final Pattern FORM = Pattern.compile(
            "ssh://(?:(?<user>[^@/]*)@)?(?<host>\\[[^\\]/]*\\]|[^:/@\\[\\]]*)(?::(?<port>[^/]*))?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,31}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}\\]");

    /** Whether {@code name} (a --host value) names a remote host rather than an embedded one. */
    public static boolean isRemote(String name) {
        return name != null && name.startsWith(SCHEME);
    }

    /** Reads {@code ssh://[user@]host[:port]}; a malformed one is refused in one line that says what is wrong. */
    public static SshTarget parse(String text) {
        Matcher form = FORM.matcher(text);
        if (!form.matches()) {
            throw invalid(text, "write ssh://[user@]host[:port]");
        }
        String user = form.group("user");
        String host = form.group("host");
        String port = form.group("port");
        if (user != null && !USER.matcher(user).matches()) {
            throw invalid(text, "the user must be letters, digits, '.', '_' and '-', not starting with '-'");
        }
        if (host.isEmpty()) {
            throw invalid(text, "the host is missing");
        }
        if (!HOST.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            throw invalid(text, "the host must be a name or an address (letters, digits, '.' and '-', "
                    + "not starting with '-'), an IPv6 address in brackets");
        }
        return new SshTarget(user, host, port == null ? 0 : port(text, port));
    }

    private static int port(String text, String port) {
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw invalid(text, "the port must be a number from 1 to 65535");
        }
        return Integer.parseInt(port);
    }

    private static XshException invalid(String text, String why) {
        return new XshException("xsh: invalid remote host '" + text + "': " + why, 1);
    }

    /** The host as ssh takes it: {@code [user@]host}, an IPv6 address without its brackets. */
    public String destination() {
        String address = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return user == null ? address : user + "@" + address;
    }

    /** {@code ssh://[user@]host[:port]}, as it was given (less a port of 0). */
    @Override
    public String toString() {
        return SCHEME + (user == null ? "" : user + "@") + host + (port == 0 ? "" : ":" + port);
    }
}
