package xsh.hv.coredump;

import java.util.UUID;
import xsh.cfg.domain.DomainType;

/** Who a core belongs to, recorded in its notes. */
public record CoreIdentity(String name, int domid, UUID uuid, DomainType type, int vcpus) {
}
