package xsh.toolstack.saverestore;

import java.util.Optional;

/**
 * {@code restore [-p] [-e] [-d] [CONFIG] FILE}.
 *
 * @param config     a config file to build the domain from instead of the image's
 * @param file       the image's path as the user gave it
 * @param paused     {@code -p}: leave the restored domain paused
 * @param printConfig {@code -d}: tell the config, as libxl JSON, before building
 */
public record RestoreOptions(Optional<String> config, String file, boolean paused, boolean printConfig) {
}
