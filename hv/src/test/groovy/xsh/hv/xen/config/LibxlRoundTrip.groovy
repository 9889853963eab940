package xsh.hv.xen.config

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import xsh.cfg.domain.DomainConfig
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.domain.DomainConfigResult
import xsh.cfg.libxl.HostFacts
import xsh.cfg.libxl.LibxlConfigJson
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource

/** xl.cfg -> DomainConfig -> libxl JSON text -> back to xl.cfg, as the specifications take it. */
class LibxlRoundTrip {

    static final UUID FIXED = UUID.fromString('0b0c8a7e-6f6d-4d43-9a11-2d8b3c4e5f60')
    static final HostFacts HOST = HostFacts.of(4)

    /** dsl-grammar's copies of the configs printed in the seed documents. */
    static final Path SEEDS = Path.of('../dsl-grammar/src/test/resources/seeds')

    static String seed(String name) {
        Path file = SEEDS.resolve(name)
        assert Files.isRegularFile(file): "no seed config $file (tests run from the hv module's directory)"
        Files.readString(file)
    }

    static DomainConfigResult read(ConfigSource source) {
        DomainConfigReader.read(ConfigParser.parse(source))
    }

    static DomainConfig typed(ConfigSource source) {
        def result = read(source)
        assert result.errors()*.render() == []
        result.orElseThrow()
    }

    static DomainConfig typed(String text) {
        typed(ConfigSource.of('g.cfg', text))
    }

    /** libxl's JSON text for a config, as the embedded host's xl list -l prints it. */
    static String jsonText(DomainConfig config) {
        LibxlConfigJson.render(config, HOST, { FIXED })
    }

    static Map<String, Object> slurp(String json) {
        (Map<String, Object>) new JsonSlurper().parseText(json)
    }

    static String text(ConfigSource source) {
        new String(source.bytes(), 'UTF-8')
    }
}
