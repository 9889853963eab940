package xsh.cfg.parse

import xsh.cfg.raw.Atom
import xsh.cfg.raw.ConfigValue
import xsh.cfg.raw.ValueList
import xsh.cfg.source.ConfigSource

/** Helpers shared by the parser specifications. */
class ParseSupport {

    static ParsedConfig parse(String text) {
        ConfigParser.parse(ConfigSource.of('t.cfg', text.getBytes('ISO-8859-1')))
    }

    static ParsedConfig parseUtf8(String text) {
        ConfigParser.parse(ConfigSource.of('t.cfg', text))
    }

    /** A stored value as plain Groovy: a String, or a List of those. */
    static Object plain(ConfigValue value) {
        value instanceof Atom ? ((Atom) value).text() : ((ValueList) value).items().collect { plain(it) }
    }

    /** Every effective setting as key -> plain value, in order of first appearance. */
    static Map<String, Object> values(ParsedConfig parsed) {
        parsed.settings().settings().collectEntries { [(it.key()): plain(it.value())] }
    }

    static List<String> errors(ParsedConfig parsed) {
        parsed.errors()*.render()
    }
}
