package xsh.cfg.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What xl's monitor does when a guest shuts down for some reason. xl.cfg spells the
 * actions with hyphens and matches them exactly (case matters); libxl's JSON uses its own
 * enum names, with underscores and {@code restart_rename} for {@code rename-restart}.
 */
public enum LifecycleAction implements XlSpelling.Spelt {
    DESTROY("destroy", "destroy"),
    RESTART("restart", "restart"),
    RENAME_RESTART("rename-restart", "restart_rename"),
    PRESERVE("preserve", "preserve"),
    COREDUMP_DESTROY("coredump-destroy", "coredump_destroy"),
    COREDUMP_RESTART("coredump-restart", "coredump_restart"),
    SOFT_RESET("soft-reset", "soft_reset");

    private final XlSpelling spelling;

    LifecycleAction(String xlName, String libxlName) {
        this.spelling = new XlSpelling(xlName, libxlName);
    }

    @Override
    public XlSpelling spelling() {
        return spelling;
    }

    public static Optional<LifecycleAction> fromXlName(String value) {
        return XlSpelling.byXlName(LifecycleAction.class, value);
    }

    /** Every xl spelling, comma-separated, for messages. */
    public static String xlNames() {
        return String.join(", ", Arrays.stream(values()).map(LifecycleAction::xlName).toList());
    }
}
