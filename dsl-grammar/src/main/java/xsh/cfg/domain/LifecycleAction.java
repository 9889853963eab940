package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What xl's monitor does when a guest shuts down for some reason. xl.cfg spells the
 * actions with hyphens and matches them exactly (case matters); libxl's JSON uses its own
 * enum names, with underscores and {@code restart_rename} for {@code rename-restart}.
 */
public enum LifecycleAction {
    DESTROY("destroy", "destroy"),
    RESTART("restart", "restart"),
    RENAME_RESTART("rename-restart", "restart_rename"),
    PRESERVE("preserve", "preserve"),
    COREDUMP_DESTROY("coredump-destroy", "coredump_destroy"),
    COREDUMP_RESTART("coredump-restart", "coredump_restart"),
    SOFT_RESET("soft-reset", "soft_reset");

    private final String xlName;
    private final String libxlName;

    LifecycleAction(String xlName, String libxlName) {
        this.xlName = xlName;
        this.libxlName = libxlName;
    }

    /** The xl.cfg spelling, e.g. {@code rename-restart}. */
    public String xlName() {
        return xlName;
    }

    /** The libxl JSON spelling, e.g. {@code restart_rename}. */
    public String libxlName() {
        return libxlName;
    }

    /** The action spelled exactly so in xl.cfg, if any. */
    public static Optional<LifecycleAction> fromXlName(String value) {
        return Arrays.stream(values()).filter(a -> a.xlName.equals(value)).findFirst();
    }

    /** Every xl spelling, comma-separated, for messages. */
    public static String xlNames() {
        return String.join(", ", Arrays.stream(values()).map(LifecycleAction::xlName).toList());
    }
}
