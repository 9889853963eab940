package xsh.toolstack.sched

import xsh.cfg.cpupool.Scheduler
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.PoolSchedParams
import xsh.toolstack.SimHostSpecification

/**
 * The default host runs credit2 in Pool-0; the specs add a credit pool "cp" with pCPUs 4-7
 * and a guest in each pool.
 */
class SchedCreditSpec extends SimHostSpecification {

    int g
    int c

    def setup() {
        def upper = new BitSet()
        upper.set(4, 8)
        host.removeCpusFromPool('Pool-0', upper)
        host.createCpupool('cp', Scheduler.CREDIT, upper)
        g = guest('g', 'vcpus = 2').domid()
        c = guest('c', 'vcpus = 1\npool = "cp"').domid()
    }

    static SchedOptions opts(Map o) {
        new SchedOptions(Optional.ofNullable(o.d), Optional.ofNullable(o.w), Optional.ofNullable(o.c), o.s ?: false,
                Optional.ofNullable(o.t), Optional.ofNullable(o.r), Optional.ofNullable(o.m), Optional.ofNullable(o.p))
    }

    SchedCredit command(String which, boolean xl) {
        which == 'credit' ? SchedCredit.credit(host, xl) : SchedCredit.credit2(host, xl)
    }

    static PoolSchedParams pool(Integer tslice, Integer ratelimit, Integer delay) {
        new PoolSchedParams(tslice == null ? OptionalInt.empty() : OptionalInt.of(tslice),
                ratelimit == null ? OptionalInt.empty() : OptionalInt.of(ratelimit),
                delay == null ? OptionalInt.empty() : OptionalInt.of(delay))
    }

    def "sched-#which #options (#mode) breaks xl's rule: #message"() {
        when:
        command(which, xl).run(opts(options))

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        which     | options               | xl    | message
        'credit'  | [p: 'cp', d: 'c']     | true  | 'Specifying a cpupool or schedparam is not allowed with domain options.'
        'credit'  | [s: true, w: '5']     | true  | 'Specifying a cpupool or schedparam is not allowed with domain options.'
        'credit'  | [s: true, d: 'c']     | false | 'Specifying a cpupool or schedparam is not allowed with domain options.'
        'credit'  | [w: '5']              | true  | 'Must specify a domain.'
        'credit'  | [c: '5']              | false | 'Must specify a domain.'
        'credit'  | [t: '5']              | true  | 'Must specify schedparam to set schedule parameter values.'
        'credit'  | [d: 'c', r: '500']    | true  | 'Must specify schedparam to set schedule parameter values.'
        'credit'  | [m: '5']              | false | 'Must specify schedparam to set schedule parameter values.'
        'credit2' | [p: 'Pool-0', d: 'g'] | true  | 'Specifying a cpupool is not allowed with other options.'
        'credit2' | [p: 'Pool-0', w: '1'] | false | 'Specifying a cpupool is not allowed with other options.'
        'credit2' | [c: '5']              | true  | 'Must specify a domain.'
        'credit2' | [s: true, d: 'g']     | false | 'Specifying a cpupool or schedparam is not allowed with domain options.'
        'credit2' | [r: '500']            | false | 'Must specify schedparam to set schedule parameter values.'
        'credit'  | [s: true, p: 'nosuch']| true  | "unknown cpupool 'nosuch'"
        'credit2' | [p: 'nosuch']         | false | "unknown cpupool 'nosuch'"
        'credit'  | [d: 'nosuch']         | true  | 'nosuch is an invalid domain identifier (rc=-6)'
        mode = xl ? 'xl' : 'xsh'
    }

    def "without options: each pool the scheduler runs, its parameters and its domains"() {
        expect:
        SchedCredit.credit2(host, false).run(SchedOptions.none()) == new SchedView.Listing([
                new PoolSection('Pool-0', Optional.of(pool(null, 1000, null)),
                        [new DomainWeight(0, 'Domain-0', 256, 0), new DomainWeight(g, 'g', 256, 0)])])
        SchedCredit.credit(host, false).run(SchedOptions.none()) == new SchedView.Listing([
                new PoolSection('cp', Optional.of(pool(30, 1000, 0)), [new DomainWeight(c, 'c', 256, 0)])])
    }

    def "-p POOL of another scheduler: xl lists nothing, xsh says why"() {
        expect:
        SchedCredit.credit2(host, true).run(opts(p: '1')) == new SchedView.Listing([])

        when:
        SchedCredit.credit2(host, false).run(opts(p: 'cp'))

        then:
        def e = thrown(XshException)
        e.message == "cpupool 'cp' runs the credit scheduler, not credit2"
    }

    def "xl's credit2 ignores -r without -s"() {
        expect:
        SchedCredit.credit2(host, true).run(opts(r: '5000')) instanceof SchedView.Listing
        host.poolSchedParams('Pool-0').ratelimitUs().asInt == 1000
    }

    def "-d DOMAIN shows its weight and cap"() {
        expect:
        SchedCredit.credit2(host, false).run(opts(d: 'g')) ==
                new SchedView.DomainRow(Optional.of(new DomainWeight(g, 'g', 256, 0)), [])
        SchedCredit.credit(host, true).run(opts(d: Integer.toString(c))) ==
                new SchedView.DomainRow(Optional.of(new DomainWeight(c, 'c', 256, 0)), [])
    }

    def "-d DOMAIN of another scheduler: xl prints the header and fails, xsh fails"() {
        expect:
        SchedCredit.credit(host, true).run(opts(d: 'g')) == new SchedView.DomainRow(Optional.empty(),
                ['libxl_domain_sched_params_get returned credit2 not credit.'])
        SchedCredit.credit(host, true).run(opts(d: '42')) == new SchedView.DomainRow(Optional.empty(),
                ['Domain 42:Non-existant domain', 'libxl_domain_sched_params_get failed.'])

        when:
        SchedCredit.credit2(host, false).run(opts(d: 'c'))

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['libxl_domain_sched_params_get returned credit not credit2.']
    }

    def "-d DOMAIN #options changes only what is given"() {
        when:
        def view = SchedCredit.credit2(host, xl).run(opts([d: 'g'] + options))

        then:
        view == new SchedView.Changed()
        host.schedParams(g).weight().asInt == weight
        host.schedParams(g).cap().asInt == cap

        where:
        options            | xl    | weight | cap
        [w: '512']         | false | 512    | 0
        [c: '50']          | false | 256    | 50
        [w: '1', c: '200'] | true  | 1      | 200
        [w: '7x']          | true  | 7      | 0      // strtol reads what it can
    }

    def "-d DOMAIN #options is refused (#mode): #lines"() {
        when:
        SchedCredit."$which"(host, xl).run(opts([d: domain] + options))

        then:
        def e = thrown(XshException)
        (e instanceof MultiLineException ? e.lines() : [e.message]) ==
                lines.collect { it.replace('$G', "$g").replace('$C', "$c") }
        e.exitCode() == 1
        host.schedParams(g).weight().asInt == 256
        host.schedParams(g).cap().asInt == 0

        where:
        which     | domain | options       | xl    | lines
        'credit2' | 'g'    | [w: 'abc']    | true  | ['libxl: error: libxl_sched.c:445:sched_credit2_domain_set: '
                                                      + 'Domain $G:Cpu weight out of range, valid values are within range from 1 to 65535',
                                                      'libxl_domain_sched_params_set failed.']
        'credit2' | 'g'    | [w: '65536']  | false | ['Domain $G:Cpu weight out of range, valid values are within range from 1 to 65535',
                                                      'libxl_domain_sched_params_set failed.']
        'credit2' | 'g'    | [c: '201']    | true  | ['libxl: error: libxl_sched.c:455:sched_credit2_domain_set: '
                                                      + 'Domain $G:Cpu cap out of range, valid range is from 0 to 200 for specified number of vcpus',
                                                      'libxl_domain_sched_params_set failed.']
        'credit2' | 'g'    | [c: '-1']     | false | ['Domain $G:Cpu cap out of range, valid range is from 0 to 200 for specified number of vcpus',
                                                      'libxl_domain_sched_params_set failed.']
        'credit2' | 'g'    | [w: 'abc']    | false | ["invalid weight 'abc': expected a whole number"]
        'credit2' | 'g'    | [c: '9999999999'] | false | ["invalid cap '9999999999': out of range"]
        'credit'  | 'g'    | [w: '300']    | true  | ['Domain $G:Getting domain sched credit: Invalid argument',
                                                      'libxl_domain_sched_params_set failed.']
        'credit2' | '42'   | [w: '300']    | true  | ['Domain 42:Non-existant domain', 'libxl_domain_sched_params_set failed.']
        mode = xl ? 'xl' : 'xsh'
    }

    def "-s shows the pool's parameters: Pool-0 unless -p"() {
        expect:
        SchedCredit.credit2(host, false).run(opts(s: true)) ==
                new SchedView.PoolLine(new PoolSection('Pool-0', Optional.of(pool(null, 1000, null)), []), [])
        SchedCredit.credit(host, false).run(opts(s: true, p: 'cp')) ==
                new SchedView.PoolLine(new PoolSection('cp', Optional.of(pool(30, 1000, 0)), []), [])
    }

    def "-s on a pool of another scheduler: xl shows it unavailable after libxl's lines, xsh fails"() {
        expect:
        SchedCredit.credit(host, true).run(opts(s: true)) == new SchedView.PoolLine(
                new PoolSection('Pool-0', Optional.empty(), []),
                ['getting Credit scheduler parameters: Invalid argument', 'libxl_sched_credit_params_get failed.'])

        when:
        SchedCredit.credit(host, false).run(opts(s: true))

        then:
        def e = thrown(XshException)
        e.message == "cpupool 'Pool-0' runs the credit2 scheduler, not credit"
    }

    def "-s #options sets only what is given"() {
        when:
        def view = command(which, false).run(opts([s: true] + options))

        then:
        view == new SchedView.Changed()
        host.poolSchedParams(poolName) == after

        where:
        which     | options                        | poolName | after
        'credit'  | [p: 'cp', t: '10']             | 'cp'     | pool(10, 1000, 0)
        'credit'  | [p: 'cp', r: '500', m: '100']  | 'cp'     | pool(30, 500, 100)
        'credit'  | [p: '1', t: '1']               | 'cp'     | pool(1, 1000, 0)
        'credit2' | [r: '5000']                    | 'Pool-0' | pool(null, 5000, null)
        'credit2' | [r: '0']                       | 'Pool-0' | pool(null, 0, null)      // 0 turns rate limiting off
    }

    def "-s #options is refused, as xl prints it: #lines"() {
        when:
        command(which, true).run(opts([s: true] + options))

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines
        e.exitCode() == 1
        host.poolSchedParams('cp') == pool(30, 1000, 0)
        host.poolSchedParams('Pool-0') == pool(null, 1000, null)

        where:
        which     | options                     | lines
        'credit'  | [p: 'cp', t: '0']           | ['libxl: error: libxl_sched.c:311:libxl_sched_credit_params_set: Time slice out of range, valid range is from 1 to 1000', 'libxl_sched_credit_params_set failed.']
        'credit'  | [p: 'cp', r: '50']          | ['libxl: error: libxl_sched.c:270:sched_ratelimit_check: Ratelimit out of range, valid range is from 100 to 500000', 'libxl_sched_credit_params_set failed.']
        'credit'  | [p: 'cp', t: '1', r: '2000']| ['libxl: error: libxl_sched.c:321:libxl_sched_credit_params_set: Ratelimit cannot be greater than timeslice', 'libxl_sched_credit_params_set failed.']
        'credit'  | [p: 'cp', m: '100001']      | ['libxl: error: libxl_sched.c:326:libxl_sched_credit_params_set: vcpu migration delay should be >= 0 and <= 100000us', 'libxl_sched_credit_params_set failed.']
        'credit'  | [t: '10']                   | ['getting Credit scheduler parameters: Invalid argument', 'libxl_sched_credit_params_get failed.']
        'credit2' | [r: '50x']                  | ['libxl: error: libxl_sched.c:270:sched_ratelimit_check: Ratelimit out of range, valid range is from 100 to 500000', 'libxl_sched_credit2_params_set failed.']
        'credit2' | [p: 'cp', r: '2000']        | ['Setting Credit2 scheduler parameters: Invalid argument', 'libxl_sched_credit2_params_set failed.']
    }
}
