package xsh.toolstack.vmcontrol;

import xsh.hv.ShutdownRequest;

/**
 * xl's {@code shutdown} and {@code reboot} options.
 *
 * @param request      power off or reboot
 * @param all          {@code -a}: every domain but Domain-0
 * @param waitFor      {@code -w} or {@code -ww}: what to wait for once each domain is asked
 * @param acpiFallback {@code -F}: to a guest without PV drivers, send the ACPI power (reboot:
 *                     reset) button event instead of failing
 */
public record ShutdownOptions(ShutdownRequest request, boolean all, Wait waitFor, boolean acpiFallback) {

    /** What {@code -w} waits for; {@code -ww} (given twice) only for death. */
    public enum Wait {
        /** No {@code -w}: return once each domain is asked. */
        NOTHING,
        /** {@code -w}: until each domain has shut down or is gone. */
        SHUTDOWN_OR_DEATH,
        /** {@code -ww}: until each domain is gone; a shutdown is told and waited past. */
        DEATH;

        /** The wait that {@code -w} given {@code count} times asks for. */
        public static Wait ofCount(int count) {
            return count <= 0 ? NOTHING : count == 1 ? SHUTDOWN_OR_DEATH : DEATH;
        }
    }

    public static ShutdownOptions of(ShutdownRequest request) {
        return new ShutdownOptions(request, false, Wait.NOTHING, false);
    }

    public ShutdownOptions all(boolean value) {
        return new ShutdownOptions(request, value, waitFor, acpiFallback);
    }

    public ShutdownOptions waitFor(Wait value) {
        return new ShutdownOptions(request, all, value, acpiFallback);
    }

    public ShutdownOptions acpiFallback(boolean value) {
        return new ShutdownOptions(request, all, waitFor, value);
    }
}
