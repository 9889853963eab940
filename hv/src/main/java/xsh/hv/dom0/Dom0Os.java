package xsh.hv.dom0;

/**
 * The operating systems a Xen Dom0 runs, with where each keeps Xen's files (the seeds'
 * FreeBSD Handbook, NetBSD guide and Linux packages).
 */
public enum Dom0Os {
    FREEBSD("/usr/local/etc/xen", "/var/log/xen", "/dev/zvol/"),
    NETBSD("/usr/pkg/etc/xen", "/var/log/xen", "/dev/zvol/dsk/"),
    LINUX("/etc/xen", "/var/log/xen", "/dev/zvol/");

    private final String configDir;
    private final String logDir;
    private final String zvolPrefix;

    Dom0Os(String configDir, String logDir, String zvolPrefix) {
        this.configDir = configDir;
        this.logDir = logDir;
        this.zvolPrefix = zvolPrefix;
    }

    public String configDir() {
        return configDir;
    }

    public String logDir() {
        return logDir;
    }

    /** Where a zvol's block device is: this prefix, then the volume's name. */
    public String zvolPrefix() {
        return zvolPrefix;
    }

    /** The OS of this name as {@code uname -s} or {@code --os} gives it (any case). */
    public static Dom0Os named(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "freebsd" -> FREEBSD;
            case "netbsd" -> NETBSD;
            case "linux" -> LINUX;
            default -> throw new IllegalArgumentException("unknown Dom0 OS '" + name + "' (freebsd, netbsd or linux)");
        };
    }

    /** The OS this JVM runs on, LINUX unless it says FreeBSD or NetBSD. */
    public static Dom0Os current() {
        String os = System.getProperty("os.name", "");
        return os.equalsIgnoreCase("FreeBSD") ? FREEBSD : os.equalsIgnoreCase("NetBSD") ? NETBSD : LINUX;
    }
}
