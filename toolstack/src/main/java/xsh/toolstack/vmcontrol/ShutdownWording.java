package xsh.toolstack.vmcontrol;

import xsh.hv.ShutdownRequest;

/** xl's words for a power-off and for a reboot, which differ in every message. */
enum ShutdownWording {
    SHUTDOWN("Shutting down domain ", "shutdown", "power button", "power"),
    REBOOT("Rebooting domain ", "reboot", "reset button", "reset");

    final String announcement;
    final String verb;
    final String acpiButton;
    final String acpiEvent;

    ShutdownWording(String announcement, String verb, String acpiButton, String acpiEvent) {
        this.announcement = announcement;
        this.verb = verb;
        this.acpiButton = acpiButton;
        this.acpiEvent = acpiEvent;
    }

    static ShutdownWording of(ShutdownRequest request) {
        return request == ShutdownRequest.REBOOT ? REBOOT : SHUTDOWN;
    }

    String sendingAcpiEvent() {
        return "PV control interface not available: sending ACPI " + acpiButton + " event.";
    }

    String notPossible() {
        return "PV control interface not available: external graceful " + verb + " not possible.";
    }

    String useFallback() {
        return "Use \"-F\" to fallback to ACPI " + acpiEvent + " event.";
    }

    String failed(int rc) {
        return verb + " failed (rc=" + rc + ")";
    }
}
