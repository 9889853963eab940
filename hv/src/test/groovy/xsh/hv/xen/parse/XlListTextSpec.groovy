package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.hv.DomainState
import xsh.hv.ShutdownReason

/**
 * xl list's table back into its rows, over recorded xl outputs (the embedded host's xl, real
 * 4.17 xl from the reference, and transcripts people posted), whatever columns the options added.
 */
class XlListTextSpec extends Specification {

    static final DomainState RUNNING = new DomainState(true, false, 0, Optional.empty(), false)
    static final DomainState BLOCKED = new DomainState(false, true, 0, Optional.empty(), false)
    static final DomainState PAUSED = new DomainState(false, false, 1, Optional.empty(), false)
    static final DomainState CRASHED = new DomainState(false, false, 0, Optional.of(ShutdownReason.CRASH), false)

    static long secs(double s) {
        Math.round(s * 10) * 100_000_000L
    }

    def "every row of #output reads back with its name, id, memory, vcpus, state and time"() {
        when:
        List<ListedDomain> rows = XlListText.parse(XlOutputs.text(output))

        then:
        rows.collect { [it.name(), it.domid(), it.memoryMib(), it.onlineVcpus(), it.state().flags()] } == expected

        where:
        output                       | expected
        'list'                       | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '---sc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'list-v'                     | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '---sc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'list-c'                     | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '---sc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'list-v-c'                   | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '--psc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'list-Z'                     | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '---sc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'list-n'                     | [['Domain-0', 0, 2048, 2, 'r-----'], ['web', 1, 512, 3, '-b----'], ['db', 2, 1024, 2, '---sc-'], ['idle', 3, 256, 1, '--p---'], ['batch', 4, 768, 2, '-b----']]
        'appendix-a-list'            | [['Domain-0', 0, 1024, 4, 'r-----'], ['win', 1, 1024, 2, '-b----'], ['linux-paused', 2, 512, 1, '--p---'], ['crashed-guest', 7, 256, 1, '---sc-']]
        'appendix-a-list-v'          | [['Domain-0', 0, 1024, 4, 'r-----'], ['crashed-guest', 7, 256, 1, '---sc-']]
        'appendix-a-list-Z'          | [['Domain-0', 0, 1024, 4, 'r-----']]
        'appendix-a-list-c'          | [['Domain-0', 0, 1024, 4, 'r-----']]
        'seed-handbook-list-dom0'    | [['Domain-0', 0, 8192, 4, 'r-----']]
        'seed-handbook-list-freebsd' | [['Domain-0', 0, 8192, 4, 'r-----'], ['freebsd', 1, 1024, 1, '-b----']]
        'seed-tutorial-list-tabs'    | [['Domain-0', 0, 4095, 4, 'r-----']]
    }

    def "the state flags become the domain's state: #flags"() {
        given:
        String text = "Name                                        ID   Mem VCPUs\tState\tTime(s)\n" +
                "g                                            5   256     1     ${flags}       0.0\n"

        expect:
        XlListText.parse(text)[0].state() == state

        where:
        flags    | state
        'r-----' | RUNNING
        '-b----' | BLOCKED
        '--p---' | PAUSED
        '---sc-' | CRASHED
        '---s--' | new DomainState(false, false, 0, Optional.of(ShutdownReason.POWEROFF), false)
        '---sr-' | new DomainState(false, false, 0, Optional.of(ShutdownReason.REBOOT), false)
        '---ss-' | new DomainState(false, false, 0, Optional.of(ShutdownReason.SUSPEND), false)
        '---sw-' | new DomainState(false, false, 0, Optional.of(ShutdownReason.WATCHDOG), false)
        '---sS-' | new DomainState(false, false, 0, Optional.of(ShutdownReason.SOFT_RESET), false)
        '---s?-' | new DomainState(false, false, 0, Optional.of(ShutdownReason.POWEROFF), false)
        '--ps-d' | new DomainState(false, false, 1, Optional.of(ShutdownReason.POWEROFF), true)
        '------' | new DomainState(false, false, 0, Optional.empty(), false)
        'r'      | RUNNING
        'r----'  | RUNNING
    }

    def "cpu time is read to the tenth of a second xl prints: #time"() {
        given:
        String text = "Name ID Mem VCPUs State Time(s)\nDomain-0 0 1024 4 r----- ${time}\n"

        expect:
        XlListText.parse(text)[0].cpuTimeNanos() == nanos

        where:
        time        | nanos
        '0.0'       | 0
        '0.3'       | 300_000_000L
        '11794.3'   | 11_794_300_000_000L
        '1234567.9' | 1_234_567_900_000_000L
    }

    def "-v gives the uuid and the exact shutdown reason; -c gives the pool (the crashed domain since paused)"() {
        when:
        List<ListedDomain> rows = XlListText.parse(XlOutputs.text('list-v-c'))

        then:
        rows.collect { it.uuid().get().toString() } == ['00000000-0000-0000-0000-000000000000',
                '688af07a-858d-4c00-a441-23812aeeab32', 'd0c6a663-b784-456a-ab03-10464265d9fb',
                '99745121-66c6-434f-b39d-a8b7b2893186', '0fc97406-ae7d-4d53-9ab8-d2582da3ba7e']
        rows.collect { it.pool().get() } == ['Pool-0', 'Pool-0', 'Pool-0', 'Pool-0', 'batch']
        rows[2].state() == new DomainState(false, false, 1, Optional.of(ShutdownReason.CRASH), false)
        rows.every { it.cpuTimeNanos() > 0 }
    }

    def "the rows are the domains the embedded host rendered (xsh --json list -v -c, recorded with it; cpu time moves between the two)"() {
        given:
        List<Map> json = XlOutputs.json('list-v-c')

        when:
        List<ListedDomain> rows = XlListText.parse(XlOutputs.text('list-v-c'))

        then:
        rows.collect { [it.name(), it.domid(), it.memoryMib(), it.onlineVcpus(), it.state().flags(),
                        it.state().pauseCount(), it.uuid().get().toString(), it.pool().get()] } ==
                json.collect { [it.name, it.domid, it.memory.current_kib.intdiv(1024), it.vcpus.online, it.state.flags,
                                it.state.pause_count, it.uuid, it.cpupool] }
        rows.every { it.cpuTimeNanos() % 100_000_000L == 0 }
    }

    def "a Reason-Code is the reason even where the letter could not say it"() {
        given:
        String text = XlOutputs.text('appendix-a-list-v').replace('---sc-       1.5 70717273-7475-7677-7879-7a7b7c7d7e7f        3',
                '---s?-       1.5 70717273-7475-7677-7879-7a7b7c7d7e7f        4')

        expect:
        XlListText.parse(text)[1].state().shutdown() == Optional.of(ShutdownReason.WATCHDOG)
    }

    def "a pool name of 16 characters or more runs into the column before it, as xl prints it: #options"() {
        expect:
        XlListText.parse(header + '\n' + row + '\n')[0].pool() == Optional.of('a-pool-of-long-name')

        where:
        options   | header                                                                                                                  | row
        '-c'      | 'Name                                        ID   Mem VCPUs\tState\tTime(s)         Cpupool'                               | 'g                                            5   256     1     -b----       1.5a-pool-of-long-name'
        '-v -c'   | 'Name                                        ID   Mem VCPUs\tState\tTime(s)   UUID                            Reason-Code\tSecurity Label         Cpupool' | 'g                                            5   256     1     -b----       1.5 70717273-7475-7677-7879-7a7b7c7d7e7f        -                -a-pool-of-long-name'
        '-c -n'   | 'Name                                        ID   Mem VCPUs\tState\tTime(s)         Cpupool NODE Affinity'                 | 'g                                            5   256     1     -b----       1.5a-pool-of-long-name all'
    }

    def "without -v or -c there is no uuid and no pool"() {
        when:
        ListedDomain dom0 = XlListText.parse(XlOutputs.text('appendix-a-list'))[0]

        then:
        dom0 == new ListedDomain('Domain-0', 0, 1024, 4, RUNNING, 11_794_300_000_000L, Optional.empty(), Optional.empty())
    }

    def "a header alone is no domains; trailing blank lines are nothing"() {
        expect:
        XlListText.parse("Name                                        ID   Mem VCPUs\tState\tTime(s)\n\n\n") == []
        XlListText.parse(XlOutputs.text('list') + '\n\n').size() == 5
    }

    def "malformed output is an error naming the line and its text: #why"() {
        when:
        XlListText.parse(text)

        then:
        IllegalArgumentException e = thrown()
        e.message == message

        where:
        why                | text                                                                      | message
        'no header'        | ''                                                                        | "line 1: no xl list header: ''"
        'another table'    | 'Name ID Weight Cap\nDomain-0 0 256 0\n'                                  | "line 1: not an xl list header: 'Name ID Weight Cap'"
        'too few columns'  | 'Name ID Mem VCPUs State Time(s)\nDomain-0 0 1024 r----- 1.0\n'           | "line 2: expected 6 columns of xl list: 'Domain-0 0 1024 r----- 1.0'"
        'bad domid'        | 'Name ID Mem VCPUs State Time(s)\nDomain-0 x 1024 4 r----- 1.0\n'         | "line 2: not a number for ID ('x'): 'Domain-0 x 1024 4 r----- 1.0'"
        'bad state'        | 'Name ID Mem VCPUs State Time(s)\nDomain-0 0 1024 4 rx---- 1.0\n'         | "line 2: not a domain state ('rx----'): 'Domain-0 0 1024 4 rx---- 1.0'"
        'bad time'         | 'Name ID Mem VCPUs State Time(s)\n\nDomain-0 0 1024 4 r----- 1,0\n'       | "line 3: not a number of seconds for Time(s) ('1,0'): 'Domain-0 0 1024 4 r----- 1,0'"
        'bad uuid with -v' | XlOutputs.text('appendix-a-list-v').replace('00010203-0405', '00010203-040') | "line 2: not a UUID ('00010203-040-0607-0809-0a0b0c0d0e0f'): 'Domain-0                                     0  1024     4     r-----   11794.3 00010203-040-0607-0809-0a0b0c0d0e0f        -                -'"
    }
}
