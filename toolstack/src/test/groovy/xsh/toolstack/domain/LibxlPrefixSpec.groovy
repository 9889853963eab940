package xsh.toolstack.domain

import xsh.cfg.source.ConfigSource
import xsh.error.MultiLineException
import xsh.hv.DomainInfo
import xsh.toolstack.SimHostSpecification
import xsh.toolstack.coredump.CoreDumper
import xsh.toolstack.misc.GuestSignals
import xsh.toolstack.vmcontrol.ConfigTyper
import xsh.toolstack.vmcontrol.DomainCreator
import xsh.toolstack.vmcontrol.Notices
import xsh.toolstack.vmcontrol.VmControl

/**
 * libxl's failures as the faces print them: xsh names the domain as libxl's log does; the xl
 * front end prints xl's whole line, with libxl's {@code libxl: error: FILE:LINE:FUNCTION: }.
 */
class LibxlPrefixSpec extends SimHostSpecification {

    DomainInfo web

    def setup() {
        web = guest('web')
        guest('db')
    }

    def "#what: xsh's first line is '#xshLine', the xl front end's has libxl's prefix"() {
        when:
        action(host, false)

        then:
        def asXsh = thrown(MultiLineException)
        asXsh.lines()[0] == xshLine.replace('$W', "$web.domid")

        when:
        action(host, true)

        then:
        def asXl = thrown(MultiLineException)
        asXl.lines()[0] == prefix.replace('$W', "$web.domid") + asXsh.lines()[0]
        asXl.lines().tail() == asXsh.lines().tail()

        where:
        what                     | action                                                          | xshLine                                             | prefix
        'unpause a running guest'| { h, xl -> new VmControl(h, xl).unpause('web') }               | 'Domain $W:Unpausing domain: Invalid argument'      | 'libxl: error: libxl_domain.c:688:domain_unpause_done: '
        'pause Domain-0'         | { h, xl -> new VmControl(h, xl).pause('0') }                   | 'Domain 0:Pausing domain: Invalid argument'         | 'libxl: error: libxl_domain.c:587:libxl_domain_pause: '
        'destroy -f Domain-0'    | { h, xl -> new VmControl(h, xl).destroy('0', true) }           | 'Domain 0:xc_domain_destroy failed: Invalid argument' | 'libxl: error: libxl_domain.c:1616:domain_destroy_domid_cb: '
        'trigger power of a PV'  | { h, xl -> new GuestSignals(h, xl).trigger('web', 'power', Optional.empty(), {} as Notices) } | "Domain \$W:Send trigger 'power' failed: Invalid argument" | 'libxl: error: libxl_domain.c:2207:libxl_send_trigger: '
    }

    def "rename to a name in use: libxl's words alone under xsh, its whole line under xl"() {
        when:
        new VmControl(host, xl).rename('web', 'db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == [line.replace('$W', "$web.domid"), "Can't rename domain 'web'."]

        where:
        xl    | line
        false | 'Domain with name "db" already exists.'
        true  | 'libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain $W:Domain with name "db" already exists.'
    }

    def "a core that cannot be written: xsh names the resolved file, xl logs libxl's words for the name it was given"() {
        given:
        def dir = home.resolve('no-such-dir')

        when:
        new CoreDumper(host, xl).dump('web', "$dir/core")

        then:
        def e = thrown(MultiLineException)
        e.lines() == [line.replace('$W', "$web.domid").replace('$F', "$dir/core"), 'core dump failed (rc=-3)']
        !host.domain(web.domid()).get().state().paused()

        where:
        xl    | line
        false | 'Domain $W:cannot write core to $F: No such file or directory'
        true  | 'libxl: error: libxl_domain.c:603:libxl_domain_core_dump: Domain $W:Core dumping domain to $F: No such file or directory'
    }

    def "create #what: libxl's lines, with their prefixes under xl; exit code #exit"() {
        given:
        def config = ConfigTyper.type(ConfigSource.of("${name}.cfg", """name = "$name"
type = "pv"
kernel = "$kernel"
memory = $memory
"""))

        when:
        new DomainCreator(host, xl).create(config, false)

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines
        e.exitCode() == exit

        where:
        what                     | name   | memory  | xl    | exit | lines
        'that memory cannot hold'| 'huge' | 4194304 | false | 3    | ["xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory",
                                                                     'cannot (re-)build domain: -3']
        'that memory cannot hold'| 'huge' | 4194304 | true  | 3    | ["xc: error: panic: xg_dom_boot.c:119: xc_dom_boot_mem_init: can't allocate low memory for domain: Out of memory",
                                                                     'libxl: error: libxl_create.c:1638:domcreate_rebuild_done: cannot (re-)build domain: -3']
        'of a name in use'       | 'web'  | 128     | false | 6    | ['Domain with name "web" already exists.', 'cannot make domain: -6']
        'of a name in use'       | 'web'  | 128     | true  | 6    | ['libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain with name "web" already exists.',
                                                                     'libxl: error: libxl_create.c:1294:initiate_domain_create: cannot make domain: -6']
    }
}
