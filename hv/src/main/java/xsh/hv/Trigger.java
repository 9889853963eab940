package xsh.hv;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@code xl trigger} sends a domain: libxl's triggers, by the names xl takes (in any
 * case). {@code power} and {@code sleep} press an ACPI button, {@code reset} and {@code init}
 * reset the machine or a vcpu, {@code nmi} raises a non-maskable interrupt, {@code s3resume}
 * wakes a guest from ACPI S3.
 */
public enum Trigger {
    POWER,
    SLEEP,
    NMI,
    INIT,
    RESET,
    S3RESUME;

    /** xl's spelling: {@code power}, {@code s3resume}. */
    public String xlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** libxl_trigger_from_string: case-insensitive. */
    public static Optional<Trigger> named(String name) {
        for (Trigger t : values()) {
            if (t.xlName().equalsIgnoreCase(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
