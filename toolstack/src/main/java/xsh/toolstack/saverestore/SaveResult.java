package xsh.toolstack.saverestore;

import xsh.hv.DomainInfo;

/**
 * A save done: the domain as it was saved, the image's header and its size in bytes, and
 * what became of the domain. An image xl wrote on a remote Dom0 cannot be read here: its
 * header is null and its size -1.
 */
public record SaveResult(DomainInfo domain, String file, SaveImageHeader header, long imageBytes, SaveMode mode) {
}
