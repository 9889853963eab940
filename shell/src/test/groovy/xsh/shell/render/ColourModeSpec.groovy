package xsh.shell.render

import spock.lang.Specification

class ColourModeSpec extends Specification {

    def "--color=#mode with #environment, output #where: colours #expected"() {
        expect:
        mode.colours(environment, terminal) == expected

        where:
        mode              | environment                     | terminal || expected
        ColourMode.auto   | [:]                             | true     || true
        ColourMode.auto   | [TERM: 'xterm-256color']        | true     || true
        ColourMode.auto   | [:]                             | false    || false   // a pipe or a file: plain
        ColourMode.auto   | [NO_COLOR: '1']                 | true     || false
        ColourMode.auto   | [NO_COLOR: 'anything']          | true     || false
        ColourMode.auto   | [NO_COLOR: '']                  | true     || true    // empty: not set, as no-color.org says
        ColourMode.auto   | [TERM: 'dumb']                  | true     || false
        ColourMode.always | [:]                             | false    || true
        ColourMode.always | [NO_COLOR: '1']                 | false    || true    // the option beats the variable
        ColourMode.never  | [:]                             | true     || false
        ColourMode.never  | [TERM: 'xterm']                 | true     || false
        where = terminal ? 'to a terminal' : 'piped'
    }
}
