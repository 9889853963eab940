package xsh.cfg.domain;

/**
 * The reasons a guest stops, each with its xl.cfg key and the action xl chooses when the
 * key is absent. Listed in the order xl reads the keys.
 */
public enum ShutdownEvent {
    POWEROFF("on_poweroff", LifecycleAction.DESTROY),
    REBOOT("on_reboot", LifecycleAction.RESTART),
    WATCHDOG("on_watchdog", LifecycleAction.DESTROY),
    CRASH("on_crash", LifecycleAction.DESTROY),
    SOFT_RESET("on_soft_reset", LifecycleAction.SOFT_RESET);

    private final String key;
    private final LifecycleAction defaultAction;

    ShutdownEvent(String key, LifecycleAction defaultAction) {
        this.key = key;
        this.defaultAction = defaultAction;
    }

    /** The xl.cfg key, also the key of libxl's JSON, e.g. {@code on_crash}. */
    public String key() {
        return key;
    }

    public LifecycleAction defaultAction() {
        return defaultAction;
    }
}
