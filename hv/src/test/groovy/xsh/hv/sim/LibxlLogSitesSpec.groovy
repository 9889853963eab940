package xsh.hv.sim

import java.util.OptionalInt
import xsh.cfg.cpupool.Scheduler
import xsh.hv.DomainSchedParams
import xsh.hv.HvException
import xsh.hv.PoolSchedParams
import xsh.hv.Trigger

/**
 * Each refusal libxl (or libxc) logs carries where it logs it, so the xl front end can print
 * xl's whole line; refusals in xl's own words or xsh's carry none.
 */
class LibxlLogSitesSpec extends SimHostFixture {

    def "#refusal is logged at #where"() {
        given:
        int web = create('web', 'vcpus = 2\nmaxvcpus = 2').domid()
        int db = create('db').domid()
        BitSet lastCpu = new BitSet()
        lastCpu.set(host.hostInfo().nrCpus() - 1)
        host.removeCpusFromPool('Pool-0', lastCpu)
        host.createCpupool('credit', Scheduler.CREDIT, lastCpu)
        host.moveDomainToPool(db, 'credit')

        when:
        action(host, web)

        then:
        def e = thrown(HvException)
        e.site().map { it.prefix(OptionalInt.of(web)) }.orElse('none') == where.replace('N', "$web")

        where:
        refusal                     | action                                                                          | where
        'unpause of a running guest'| { h, d -> h.unpause(d) }                                                        | 'libxl: error: libxl_domain.c:688:domain_unpause_done: Domain N:'
        'pause of Domain-0'         | { h, d -> h.pause(0) }                                                          | 'libxl: error: libxl_domain.c:587:libxl_domain_pause: Domain N:'
        'rename to a name in use'   | { h, d -> h.rename(d, 'db') }                                                   | 'libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain N:'
        'a target above the max'    | { h, d -> h.setMemoryTarget(d, 8L << 30) }                                      | 'libxl: error: libxl_mem.c:278:libxl_set_memory_target: Domain N:'
        'no vcpus'                  | { h, d -> h.setOnlineVcpus(d, 0) }                                              | 'libxl: error: libxl_domain.c:1863:libxl_set_vcpuonline: Domain N:'
        'more vcpus than the max'   | { h, d -> h.setOnlineVcpus(d, 3) }                                              | 'libxl: error: libxl_domain.c:1869:libxl_set_vcpuonline: Domain N:'
        'a credit2 weight'          | { h, d -> h.setSchedParams(d, new DomainSchedParams(OptionalInt.of(0), OptionalInt.empty())) } | 'libxl: error: libxl_sched.c:445:sched_credit2_domain_set: Domain N:'
        'a credit2 cap'             | { h, d -> h.setSchedParams(d, new DomainSchedParams(OptionalInt.empty(), OptionalInt.of(201))) } | 'libxl: error: libxl_sched.c:455:sched_credit2_domain_set: Domain N:'
        'a credit weight'           | { h, d -> h.setSchedParams(d + 1, new DomainSchedParams(OptionalInt.of(0), OptionalInt.empty())) } | 'libxl: error: libxl_sched.c:238:sched_credit_domain_set: Domain N:'
        'a credit cap'              | { h, d -> h.setSchedParams(d + 1, new DomainSchedParams(OptionalInt.empty(), OptionalInt.of(201))) } | 'libxl: error: libxl_sched.c:248:sched_credit_domain_set: Domain N:'
        'a pool ratelimit'          | { h, d -> h.setPoolSchedParams('Pool-0', new PoolSchedParams(OptionalInt.empty(), OptionalInt.of(5), OptionalInt.empty())) } | 'libxl: error: libxl_sched.c:270:sched_ratelimit_check: '
        'a pool time slice'         | { h, d -> h.setPoolSchedParams('credit', new PoolSchedParams(OptionalInt.of(0), OptionalInt.empty(), OptionalInt.empty())) } | 'libxl: error: libxl_sched.c:311:libxl_sched_credit_params_set: '
        'a trigger PV lacks'        | { h, d -> h.trigger(d, Trigger.POWER, 0) }                                      | 'libxl: error: libxl_domain.c:2207:libxl_send_trigger: Domain N:'
        'a pool for a busy pCPU'    | { h, d -> h.createCpupool('p', Scheduler.CREDIT, BitSet.valueOf([1L] as long[])) } | 'libxl: error: libxl_cpupool.c:167:libxl_cpupool_create: '
        'adding a busy pCPU'        | { h, d -> h.addCpusToPool('credit', BitSet.valueOf([1L] as long[])) }           | 'libxl: error: libxl_cpupool.c:302:libxl_cpupool_cpuadd: '
        'a domain id that is gone'  | { h, d -> h.pause(77) }                                                          | 'none'
        'an unknown pool'           | { h, d -> h.moveDomainToPool(d, 'nosuch') }                                     | 'none'
    }

    def "a guest memory cannot hold is libxc's panic, naming no function of libxl"() {
        when:
        create('huge', '', 1 << 22)

        then:
        def e = thrown(HvException)
        e.site().get().prefix(OptionalInt.empty()) == 'xc: error: panic: xg_dom_boot.c:119: '
        e.message == "xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory"
    }
}
