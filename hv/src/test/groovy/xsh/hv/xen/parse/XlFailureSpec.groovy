package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.hv.HvError
import xsh.hv.HvException

/**
 * xl's exit code and stderr into the error to raise, over what xl printed (the embedded host's
 * xl front end, which reproduces 4.17's messages, and the reference's): xl's own words, the
 * libxl error code where xl names one, and the failures xl reports with exit code 0.
 */
class XlFailureSpec extends Specification {

    def "xl #args exiting #exit is #error: #stderr"() {
        when:
        Optional<HvException> failure = XlFailure.of(args, exit, stderr)

        then:
        failure.isPresent()
        failure.get().error() == error
        failure.get().message == stderr.strip()

        where:
        args                                 | exit | error          | stderr
        ['pause', 'nosuch']                  | 1    | HvError.INVAL  | 'nosuch is an invalid domain identifier (rc=-6)\n'
        ['create', '-q', 'web.cfg']          | 6    | HvError.INVAL  | 'libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain with name "web" already exists.\nlibxl: error: libxl_create.c:1294:initiate_domain_create: cannot make domain: -6\n'
        ['create', 'big.cfg']                | 3    | HvError.FAIL   | 'xc: error: panic: xg_dom_boot.c:119: xc_dom_boot_mem_init: can\'t allocate low memory for domain: Out of memory\nlibxl: error: libxl_dom.c:591:libxl__build_dom: xc_dom_boot_mem_init failed: Cannot allocate memory\nlibxl: error: libxl_create.c:1723:domcreate_rebuild_done: Domain 5:cannot (re-)build domain: -3\n'
        ['create', 'x.cfg']                  | 6    | HvError.INVAL  | 'Config file not specified and none in save file\n'
        ['create', 'x.cfg']                  | 1    | HvError.FAIL   | 'Failed to parse config: Invalid argument\n'
        ['unpause', 'web']                   | 0    | HvError.FAIL   | 'libxl: error: libxl_domain.c:688:domain_unpause_done: Domain 1:Unpausing domain: Invalid argument\n'
        ['-v', 'pause', 'web']               | 0    | HvError.FAIL   | 'libxl: debug: libxl.c:1:x: start\nlibxl: error: libxl_domain.c:651:domain_pause_done: Domain 1:Pausing domain: Invalid argument\n'
        ['cpupool-cpu-add', 'batch', '0']    | 0    | HvError.FAIL   | 'libxl: error: libxl_cpupool.c:302:libxl_cpupool_cpuadd: Error moving cpu 0 to cpupool: No such device\nsome cpus may not have been added to batch\n'
        ['cpupool-cpu-add', 'batch', '0']    | 0    | HvError.FAIL   | 'some cpus may not have been added to batch\n'
        ['trigger', 'db', 'nmi']             | 0    | HvError.FAIL   | 'xc: error: Failed to send trigger: Invalid argument\n'
        ['destroy', '0']                     | 1    | HvError.FAIL   | 'Not destroying domain 0; use -f to force.\nThis can only be done when using a disaggregated hardware domain and toolstack.\n\n'
        ['mem-set', 'web', '99999999']       | 1    | HvError.FAIL   | 'libxl: error: libxl_mem.c:278:libxl_set_memory_target: Domain 1:memory_dynamic_max must be less than or equal to memory_static_max\ncannot set domid 1 dynamic max memory to : 99999999\n'
        ['list', '9']                        | 1    | HvError.FAIL   | "Error: Domain '9' does not exist.\n"
        ['vcpu-list', 'x']                   | 1    | HvError.INVAL  | 'x is an invalid domain identifier (rc=-6)\n'
        ['cpupool-destroy', 'batch']         | 1    | HvError.FAIL   | "Can't destroy cpupool 'batch'\n"
    }

    def "a multi-line message keeps its lines; surrounding blank lines go"() {
        expect:
        XlFailure.of(['destroy', '0'], 1, 'Not destroying domain 0; use -f to force.\nThis can only be done when using a disaggregated hardware domain and toolstack.\n\n')
                .get().message == 'Not destroying domain 0; use -f to force.\nThis can only be done when using a disaggregated hardware domain and toolstack.'
    }

    def "success: #why"() {
        expect:
        XlFailure.of(args, 0, stderr).isEmpty()

        where:
        why                                        | args                               | stderr
        'nothing on stderr'                        | ['pause', 'web']                   | ''
        'xl create says which file it parses'      | ['create', 'web.cfg']              | 'Parsing config from web.cfg\n'
        'warnings are not failures'                | ['unpause', 'web']                 | 'libxl: warning: libxl.c:1:x: something odd\n'
        'debug lines of -v'                        | ['-vvv', 'pause', 'web']           | 'libxl: debug: libxl_domain.c:1:libxl_domain_pause: Domain 1: ao 0x1: create\n'
        'error lines from a command that exits non-zero on failure' | ['destroy', 'web'] | 'libxl: error: libxl_device.c:1:x: hotplug script failed\n'
    }

    def "a failure with nothing on stderr says which command failed"() {
        expect:
        XlFailure.of(['save', 'web', '/x'], 1, '').get().message == 'xl save web /x failed with exit code 1'
        XlFailure.of(['create', 'web.cfg'], 3, '').get().error() == HvError.FAIL
        XlFailure.of(['create', 'web.cfg'], 6, '').get().error() == HvError.INVAL
    }
}
