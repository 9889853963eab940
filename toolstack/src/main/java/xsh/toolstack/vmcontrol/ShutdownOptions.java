package xsh.toolstack.vmcontrol;

import xsh.hv.ShutdownRequest;

/**
 * xl's {@code shutdown} and {@code reboot} options.
 *
 * @param request      power off or reboot
 * @param all          {@code -a}: every domain but Domain-0
 * @param waitForIt    {@code -w}: return once each domain has shut down or gone
 * @param acpiFallback {@code -F}: to a guest without PV drivers, send the ACPI power (reboot:
 *                     reset) button event instead of failing
 */
public record ShutdownOptions(ShutdownRequest request, boolean all, boolean waitForIt, boolean acpiFallback) {

    public static ShutdownOptions of(ShutdownRequest request) {
        return new ShutdownOptions(request, false, false, false);
    }

    public ShutdownOptions all(boolean value) {
        return new ShutdownOptions(request, value, waitForIt, acpiFallback);
    }

    public ShutdownOptions waitForIt(boolean value) {
        return new ShutdownOptions(request, all, value, acpiFallback);
    }

    public ShutdownOptions acpiFallback(boolean value) {
        return new ShutdownOptions(request, all, waitForIt, value);
    }
}
