package xsh.hv.sim.console;

import java.util.Objects;
import java.util.Optional;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainType;

/**
 * What a guest's console output follows from: the name it booted with (its hostname, which
 * a later {@code xl rename} does not change), its type and the kernel it was given.
 */
public record ConsoleGuest(String name, DomainType type, Optional<String> kernel) {

    public ConsoleGuest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kernel, "kernel");
    }

    public static ConsoleGuest of(DomainConfig config) {
        return new ConsoleGuest(config.name(), config.type(), config.boot().kernel());
    }
}
