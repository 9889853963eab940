package xsh.toolstack.saverestore;

import java.util.Optional;
import xsh.hv.DomainInfo;

/**
 * A restore done: the domain as restored, and the image it came from as xsh read it (empty
 * when a real Dom0's xl read the image itself).
 */
public record RestoreResult(DomainInfo domain, Optional<SavedImage> image) {
}
