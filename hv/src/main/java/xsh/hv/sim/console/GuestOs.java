package xsh.hv.sim.console;

import java.util.Locale;

/** Which system the simulated guest boots, guessed as an admin would from the kernel path or the name. */
public enum GuestOs {
    LINUX,
    FREEBSD;

    public static GuestOs of(ConsoleGuest guest) {
        String kernel = guest.kernel().orElse("").toLowerCase(Locale.ROOT);
        String name = guest.name().toLowerCase(Locale.ROOT);
        // FreeBSD's loader installs its kernel as /boot/kernel/kernel; PVH guests are given a copy of it
        boolean freeBsd = kernel.contains("freebsd") || kernel.endsWith("/kernel") || kernel.equals("kernel")
                || kernel.isEmpty() && (name.contains("freebsd") || name.contains("fbsd"));
        return freeBsd ? FREEBSD : LINUX;
    }
}
