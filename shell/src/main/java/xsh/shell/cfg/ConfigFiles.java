package xsh.shell.cfg;

import java.nio.file.Path;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;

/** Reads and parses the configuration files named on a command line. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** Parses a file, naming it in diagnostics as the user wrote it. */
    static ParsedConfig parse(String file) {
        return ConfigParser.parse(ConfigSource.read(Path.of(file)));
    }
}
