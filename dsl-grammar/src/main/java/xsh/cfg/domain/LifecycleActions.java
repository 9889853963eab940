package xsh.cfg.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The action for each shutdown reason, defaults filled in as xl fills them. */
public final class LifecycleActions {

    private final Map<ShutdownEvent, LifecycleAction> actions;

    private LifecycleActions(Map<ShutdownEvent, LifecycleAction> actions) {
        this.actions = Collections.unmodifiableMap(new EnumMap<>(actions));
    }

    /** xl's defaults: destroy, restart, destroy, destroy, soft-reset. */
    public static LifecycleActions defaults() {
        return of(Map.of());
    }

    /** The given actions, every missing event with its default. */
    public static LifecycleActions of(Map<ShutdownEvent, LifecycleAction> given) {
        Map<ShutdownEvent, LifecycleAction> all = new EnumMap<>(ShutdownEvent.class);
        for (ShutdownEvent event : ShutdownEvent.values()) {
            all.put(event, given.getOrDefault(event, event.defaultAction()));
        }
        return new LifecycleActions(all);
    }

    public LifecycleAction action(ShutdownEvent event) {
        return actions.get(event);
    }

    public LifecycleAction onPoweroff() {
        return action(ShutdownEvent.POWEROFF);
    }

    public LifecycleAction onReboot() {
        return action(ShutdownEvent.REBOOT);
    }

    public LifecycleAction onWatchdog() {
        return action(ShutdownEvent.WATCHDOG);
    }

    public LifecycleAction onCrash() {
        return action(ShutdownEvent.CRASH);
    }

    public LifecycleAction onSoftReset() {
        return action(ShutdownEvent.SOFT_RESET);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LifecycleActions other && actions.equals(other.actions);
    }

    @Override
    public int hashCode() {
        return actions.hashCode();
    }

    @Override
    public String toString() {
        return actions.toString();
    }
}
