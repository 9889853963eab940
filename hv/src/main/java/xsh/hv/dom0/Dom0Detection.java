package xsh.hv.dom0;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether this machine is a Xen Dom0 whose {@code xl} xsh can drive, for {@code --backend}'s
 * default: {@code xl} on PATH, and the OS says it is the control domain (Linux:
 * {@code /proc/xen/capabilities} holds {@code control_d}; FreeBSD: the privileged command
 * device {@code /dev/xen/privcmd}, which only a Dom0 has; NetBSD: its kernfs
 * {@code /kern/xen/privcmd}, which Xen's libraries open there).
 */
public final class Dom0Detection {

    private Dom0Detection() {
    }

    /** Under {@code root} (/ on a real machine), for this OS. */
    public static boolean isDom0(Path root, Dom0Os os) {
        if (os == Dom0Os.LINUX) {
            Path capabilities = root.resolve(evidence(os));
            try {
                return Files.isReadable(capabilities)
                        && Files.readString(capabilities, StandardCharsets.UTF_8).contains("control_d");
            } catch (IOException e) {
                return false;
            }
        }
        return Files.exists(root.resolve(privcmd(os)));
    }

    /** The file that shows the OS runs as Dom0, relative to /: Linux's capabilities, else the privcmd device. */
    public static String evidence(Dom0Os os) {
        return os == Dom0Os.LINUX ? "proc/xen/capabilities" : privcmd(os);
    }

    /** Where the OS has the privileged command device, relative to /. */
    public static String privcmd(Dom0Os os) {
        return os == Dom0Os.NETBSD ? "kern/xen/privcmd" : "dev/xen/privcmd";
    }

    /** Whether a program of this name is an executable file in one of PATH's directories. */
    public static boolean onPath(String program, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The backend a command gets when it names none: {@code xen} on a Dom0 with xl, else {@code sim}. */
    public static boolean realDom0Here() {
        return onPath("xl", System.getenv()) && isDom0(Path.of("/"), Dom0Os.current());
    }
}
