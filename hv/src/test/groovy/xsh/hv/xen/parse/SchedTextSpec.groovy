package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.hv.DomainSchedParams
import xsh.hv.PoolSchedParams

/** xl sched-credit and sched-credit2 in each of their forms back into pool and domain parameters. */
class SchedTextSpec extends Specification {

    static PoolSchedParams credit(int tslice, int ratelimit, int delay) {
        new PoolSchedParams(OptionalInt.of(tslice), OptionalInt.of(ratelimit), OptionalInt.of(delay))
    }

    static PoolSchedParams credit2(int ratelimit) {
        new PoolSchedParams(OptionalInt.empty(), OptionalInt.of(ratelimit), OptionalInt.empty())
    }

    def "sched-credit #output"() {
        when:
        SchedListing s = SchedText.parseCredit(XlOutputs.text(output))

        then:
        s.pools() == pools
        s.domains() == domains

        where:
        output                       | pools                              | domains
        'sched-credit'               | [batch: credit(30, 1000, 0)]       | [4: DomainSchedParams.of(128, 50)]
        'sched-credit-s-p-batch'     | [batch: credit(30, 1000, 0)]       | [:]
        'sched-credit-d-batch'       | [:]                                | [4: DomainSchedParams.of(128, 50)]
        'appendix-a-sched-credit'    | ['Pool-0': credit(30, 1000, 0)]    | [0: DomainSchedParams.of(256, 0)]
        'seed-tutorial-sched-credit' | ['Pool-0': credit(30, 1000, 0)]    | [0: DomainSchedParams.of(256, 0), 1: DomainSchedParams.of(256, 0)]
    }

    def "sched-credit2 #output"() {
        when:
        SchedListing s = SchedText.parseCredit2(XlOutputs.text(output))

        then:
        s.pools() == pools
        s.domains() == domains

        where:
        output                | pools                      | domains
        'sched-credit2'       | ['Pool-0': credit2(1000)]  | [0: DomainSchedParams.of(256, 0), 1: DomainSchedParams.of(512, 0), 2: DomainSchedParams.of(256, 0), 3: DomainSchedParams.of(256, 0)]
        'sched-credit2-s'     | ['Pool-0': credit2(1000)]  | [:]
        'sched-credit2-d-web' | [:]                        | [1: DomainSchedParams.of(512, 0)]
    }

    def "sched-credit2's values are those the embedded host rendered (xsh --json sched-credit2, recorded with it)"() {
        given:
        List<Map> json = XlOutputs.json('sched-credit2')

        when:
        SchedListing s = SchedText.parseCredit2(XlOutputs.text('sched-credit2'))

        then:
        s.pools() == json.collectEntries { [it.cpupool, credit2(it.params.ratelimit_us)] }
        s.domains() == json.collectMany { it.domains }.collectEntries { [it.domid, DomainSchedParams.of(it.weight, it.cap)] }
    }

    def "several pools, one unavailable, and a host without such pools"() {
        given:
        String text = '''\
Cpupool Pool-0: tslice=30ms ratelimit=1000us migration-delay=0us
Name                                ID Weight  Cap
Domain-0                             0    256    0
Cpupool fast: [sched params unavailable]
Name                                ID Weight  Cap
Cpupool slow: tslice=10ms ratelimit=500us migration-delay=100us
Name                                ID Weight  Cap
g                                    7    100   25
'''

        expect:
        SchedText.parseCredit(text) == new SchedListing(
                ['Pool-0': credit(30, 1000, 0), fast: new PoolSchedParams(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()),
                 slow: credit(10, 500, 100)],
                [0: DomainSchedParams.of(256, 0), 7: DomainSchedParams.of(100, 25)])
        SchedText.parseCredit('') == new SchedListing([:], [:])
        SchedText.parseCredit2('') == new SchedListing([:], [:])
    }

    def "the other scheduler's pool line, or another table, is an error naming the line"() {
        when:
        parse(text)

        then:
        IllegalArgumentException e = thrown()
        e.message == message

        where:
        parse                       | text                                                  | message
        SchedText.&parseCredit      | 'Cpupool Pool-0: ratelimit=1000us\n'                  | "line 1: not xl sched-credit's cpupool line: 'Cpupool Pool-0: ratelimit=1000us'"
        SchedText.&parseCredit2     | XlOutputs.text('sched-credit-s-p-batch')              | "line 1: not xl sched-credit2's cpupool line: 'Cpupool batch: tslice=30ms ratelimit=1000us migration-delay=0us'"
        SchedText.&parseCredit2     | 'Domain-0 0 256 0\n'                                  | "line 1: not a line of xl sched-credit2: 'Domain-0 0 256 0'"
        SchedText.&parseCredit      | 'Name ID Weight Cap\nDomain-0 0 heavy 0\n'            | "line 2: not a number for Weight ('heavy'): 'Domain-0 0 heavy 0'"
    }
}
