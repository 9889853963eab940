package xsh.hv.sim.guest;

import java.util.Optional;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainType;

/**
 * What a guest's console follows from: the name it booted with (its hostname, which a later
 * rename does not change), its type, and the kernel it was given.
 */
public record GuestIdentity(String bootName, DomainType type, Optional<String> kernel) {

    public static GuestIdentity of(DomainConfig config) {
        return new GuestIdentity(config.name(), config.type(), config.boot().kernel());
    }
}
