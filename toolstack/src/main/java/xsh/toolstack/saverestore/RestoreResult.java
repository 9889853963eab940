package xsh.toolstack.saverestore;

import xsh.hv.DomainInfo;

/** A restore done: the domain as restored, and the image it came from. */
public record RestoreResult(DomainInfo domain, SavedImage image) {
}
