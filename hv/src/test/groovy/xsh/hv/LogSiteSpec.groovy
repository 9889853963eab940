package xsh.hv

import spock.lang.Specification

class LogSiteSpec extends Specification {

    def "a #kind site's prefix is what xl prints before libxl's or libxc's message"() {
        expect:
        site.prefix(domid) == prefix

        where:
        kind                  | site                                                                   | domid                 | prefix
        'LOGED'               | LogSite.libxlDomain('libxl_domain.c', 688, 'domain_unpause_done')      | OptionalInt.of(9)     | 'libxl: error: libxl_domain.c:688:domain_unpause_done: Domain 9:'
        'LOGED, no domid yet' | LogSite.libxlDomain('libxl_create.c', 1294, 'initiate_domain_create')  | OptionalInt.empty()   | 'libxl: error: libxl_create.c:1294:initiate_domain_create: '
        'LOGED, huge domid'   | LogSite.libxlDomain('libxl_domain.c', 587, 'libxl_domain_pause')       | OptionalInt.of(-2)    | 'libxl: error: libxl_domain.c:587:libxl_domain_pause: Domain 4294967294:'
        'LOG'                 | LogSite.libxl('libxl_sched.c', 270, 'sched_ratelimit_check')           | OptionalInt.of(3)     | 'libxl: error: libxl_sched.c:270:sched_ratelimit_check: '
        'xc_dom_panic'        | LogSite.libxcPanic('xg_dom_boot.c', 119)                               | OptionalInt.of(3)     | 'xc: error: panic: xg_dom_boot.c:119: '
    }
}
