package xsh.shell;

import java.nio.file.Path;

/** xsh's state directory: {@code $XSH_HOME}, by default {@code ~/.xsh}. */
public final class XshHome {

    private XshHome() {
    }

    public static Path path() {
        String home = System.getenv("XSH_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".xsh");
    }
}
