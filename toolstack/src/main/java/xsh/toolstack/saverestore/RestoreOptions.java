package xsh.toolstack.saverestore;

import java.util.Optional;

/**
 * {@code restore [-p] [-e] [-d] [CONFIG] FILE}.
 *
 * @param config     a config file to build the domain from instead of the image's
 * @param file       the image's path as the user gave it
 * @param paused     {@code -p}: leave the restored domain paused
 * @param printConfig {@code -d}: tell the config, as libxl JSON, before building
 * @param monitored  without {@code -e}: a monitor runs the domain's on_* actions
 */
public record RestoreOptions(Optional<String> config, String file, boolean paused, boolean printConfig,
                             boolean monitored) {

    /** A restore without {@code -e}. */
    public RestoreOptions(Optional<String> config, String file, boolean paused, boolean printConfig) {
        this(config, file, paused, printConfig, true);
    }
}
