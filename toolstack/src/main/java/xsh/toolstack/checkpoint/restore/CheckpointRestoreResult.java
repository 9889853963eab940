package xsh.toolstack.checkpoint.restore;

import xsh.hv.DomainInfo;

/** A checkpoint restored: what was planned and done, and the domain as it now runs. */
public record CheckpointRestoreResult(RestorePlan plan, DomainInfo domain) {
}
