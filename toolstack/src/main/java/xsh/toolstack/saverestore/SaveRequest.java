package xsh.toolstack.saverestore;

import java.util.Optional;

/**
 * {@code save [-c] [-p] [-D] DOMAIN FILE [CONFIG]}.
 *
 * @param file           the image's path as the user gave it
 * @param config         a config file to save instead of the domain's own
 * @param preserveDomid  {@code -D}: the image asks a restore for this domid
 */
public record SaveRequest(String domain, String file, Optional<String> config, SaveMode mode,
                          boolean preserveDomid) {
}
