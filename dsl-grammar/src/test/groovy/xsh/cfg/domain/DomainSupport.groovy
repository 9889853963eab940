package xsh.cfg.domain

import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource

/** Helpers shared by the domain config specifications. */
class DomainSupport {

    /** A minimal PV guest xl accepts, for specs about other keys. */
    static final String MINIMAL = 'name="g"\nkernel="/boot/vmlinuz"\n'

    static DomainConfigResult read(String text) {
        DomainConfigReader.read(ConfigParser.parse(ConfigSource.of('g.cfg', text)))
    }

    static DomainConfig config(String text) {
        def result = read(text)
        assert result.errors()*.render() == []
        result.orElseThrow()
    }

    /** Rendered warnings, as the shell would print them. */
    static List<String> warnings(String text) {
        read(text).warnings()*.render()
    }

    static String fatal(String text) {
        read(text).fatalError().map { it.render() }.orElse(null)
    }
}
