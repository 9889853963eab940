package xsh.shell.completion

import spock.lang.Specification

/** Which domains each kind of DOMAIN argument offers, by the state flags xl shows. */
class DomainFilterSpec extends Specification {

    static final DomainEntry DOM0 = new DomainEntry(0, 'Domain-0', false, false, false)
    static final DomainEntry RUNNING = new DomainEntry(1, 'web', false, false, false)
    static final DomainEntry PAUSED = new DomainEntry(2, 'old', true, false, false)
    static final DomainEntry CRASHED = new DomainEntry(3, 'bad', false, true, false)
    static final DomainEntry DYING = new DomainEntry(4, 'gone', true, false, true)

    def "#filter takes #taken"() {
        expect:
        [DOM0, RUNNING, PAUSED, CRASHED, DYING].findAll { filter.test(it) }*.name() == taken

        where:
        filter                        || taken
        DomainFilter.ANY              || ['Domain-0', 'web', 'old', 'bad', 'gone']
        DomainFilter.GUEST            || ['web', 'old', 'bad', 'gone']
        DomainFilter.LIVE_GUEST       || ['web', 'old']
        DomainFilter.UNPAUSED_GUEST   || ['web']
        DomainFilter.PAUSED           || ['old']
    }
}
