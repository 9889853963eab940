package xsh.toolstack.saverestore;

import xsh.hv.DomainInfo;

/**
 * A save done: the domain as it was saved, the image's header and its size in bytes, and
 * what became of the domain.
 */
public record SaveResult(DomainInfo domain, String file, SaveImageHeader header, long imageBytes, SaveMode mode) {
}
