package xsh.cfg.domain

import xsh.cfg.parse.ConfigParser
import xsh.cfg.parse.ParsedConfig
import xsh.cfg.source.ConfigSource

/** The seed documents' configs, stored under src/test/resources/seeds. */
class SeedFiles {

    static String text(String name) {
        def url = SeedFiles.getResource("/seeds/$name")
        assert url != null: "no seed file $name"
        url.getText('UTF-8')
    }

    static ParsedConfig parse(String name) {
        ConfigParser.parse(ConfigSource.of(name, text(name)))
    }

    /** A whole config with fragments appended, as xl appends KEY=VALUE arguments. */
    static ParsedConfig parseWith(String name, String... fragments) {
        def combined = text(name) + fragments.collect { '\n' + text(it) }.join('')
        ConfigParser.parse(ConfigSource.of(name, combined))
    }

    static DomainConfigResult read(String name, String... fragments) {
        DomainConfigReader.read(parseWith(name, fragments))
    }

    static DomainConfig config(String name, String... fragments) {
        def result = read(name, fragments)
        assert result.errors()*.render() == []
        result.orElseThrow()
    }
}
