package xsh.shell.domain

import spock.lang.Specification
import xsh.hv.DomainState
import xsh.hv.ShutdownReason

class StateColoursSpec extends Specification {

    static DomainState state(Map flags) {
        new DomainState(flags.running ?: false, flags.blocked ?: false, flags.pauseCount ?: 0,
                Optional.ofNullable(flags.shutdown as ShutdownReason), flags.dying ?: false)
    }

    def "#what: #coloured"() {
        expect:
        StateColours.coloured(state(flags)) == coloured

        where:
        what                        | flags                                                  || coloured
        'running: as it is'         | [running: true]                                        || 'r-----'
        'blocked: as it is'         | [blocked: true]                                        || '-b----'
        'paused: yellow'            | [pauseCount: 1]                                        || '\u001b[33m--p---\u001b[0m'
        'shut down: red'            | [shutdown: ShutdownReason.POWEROFF]                    || '\u001b[31m---s--\u001b[0m'
        'crashed: bold red'         | [shutdown: ShutdownReason.CRASH]                       || '\u001b[1;31m---sc-\u001b[0m'
        'watchdog: bold red'        | [shutdown: ShutdownReason.WATCHDOG]                    || '\u001b[1;31m---sw-\u001b[0m'
        'dying: magenta'            | [dying: true]                                          || '\u001b[35m-----d\u001b[0m'
        'crashed and dying: crash'  | [shutdown: ShutdownReason.CRASH, dying: true]          || '\u001b[1;31m---scd\u001b[0m'
        'paused and dying: dying'   | [pauseCount: 2, dying: true]                           || '\u001b[35m--p--d\u001b[0m'
    }
}
