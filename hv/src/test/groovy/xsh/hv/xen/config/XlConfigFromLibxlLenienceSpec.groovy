package xsh.hv.xen.config

import spock.lang.Specification
import xsh.cfg.parse.ConfigParser

import static xsh.hv.xen.config.LibxlRoundTrip.*

/** libxl's JSON differs between xl versions and hosts: nothing in it makes the converter fail. */
class XlConfigFromLibxlLenienceSpec extends Specification {

    static final Map PV = [c_info: [type: 'pv', name: 'g'], b_info: [kernel: '/boot/vmlinuz'], on_reboot: 'restart',
                           on_soft_reset: 'soft_reset']

    /** What libxl's JSON leaves out is destroy, so a config without actions reboots into nothing. */
    static final List<String> NO_ACTIONS = ['on_reboot = "destroy"', 'on_soft_reset = "destroy"']

    static List<String> lines(Map config) {
        text(XlConfigFromLibxl.of(config, '<live:g>')).readLines()
    }

    static Map with(Map base, Map extra) {
        def copy = new groovy.json.JsonSlurper().parseText(groovy.json.JsonOutput.toJson(base)) as Map
        extra.each { k, v -> copy[k] = v instanceof Map && copy[k] instanceof Map ? copy[k] + v : v }
        copy
    }

    def "unknown keys anywhere, and keys of other xl versions, are skipped"() {
        given:
        def config = with(PV, [virtios  : [], future_key: [nested: [1, 2]], on_unknown: 'explode',
                               c_info   : [domid: 5, ssidref: 0, xsdata: [:], platformdata: [:], poolid: 0, brand_new: 'x'],
                               b_info   : [sched_params: [sched: 'credit2', budget: -1, weight: -1, cap: -1],
                                           arch_arm    : [gic_version: 'default'], tee: 'none', new_thing: [a: 1]]])

        expect:
        lines(config) == ['name = "g"', 'type = "pv"', 'kernel = "/boot/vmlinuz"']
    }

    def "JSON read by any of Groovy's parsers (lazy values, index overlay) gives the same text"() {
        given:
        def json = groovy.json.JsonOutput.toJson(with(PV, [disks: [[pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]],
                                                           nics : [[devid: 0, mac: '00:16:3e:00:00:01', rate_bytes_per_interval: 62500, rate_interval_usecs: 50000]]]))

        expect:
        lines(new groovy.json.JsonSlurper().setType(type).parseText(json) as Map) ==
                lines(new groovy.json.JsonSlurper().parseText(json) as Map)
        lines(new groovy.json.JsonSlurper().setType(type).parseText(json) as Map).size() == 5

        where:
        type << groovy.json.JsonParserType.values()
    }

    def "a whole element of xl list -l is taken for its config"() {
        expect:
        lines([domid: 3, config: PV]) == lines(PV)
        lines([domid: 3, config: PV]) == ['name = "g"', 'type = "pv"', 'kernel = "/boot/vmlinuz"']
    }

    def "missing sections give what is there: #what"() {
        expect:
        lines(config) == expected

        where:
        what                     | config                                            || expected
        'nothing at all'         | [:]                                               || ['# libxl: no domain type; xl\'s default assumed', '# libxl: no name',
                                                                                          '# libxl: no kernel and no bootloader (as for Domain-0): xl cannot create this domain', 'type = "pv"'] + NO_ACTIONS
        'no b_info'              | [c_info: [type: 'hvm', name: 'g']]                || ['name = "g"', 'type = "hvm"'] + NO_ACTIONS
        'no c_info type, union'  | [c_info: [name: 'g'], b_info: ['type.pvh': [:], kernel: '/k']] || ['name = "g"', 'type = "pvh"', 'kernel = "/k"'] + NO_ACTIONS
        'sections of wrong type' | [c_info: 'x', b_info: [1, 2], disks: 'none', nics: [3]] || ['# libxl: no domain type; xl\'s default assumed', '# libxl: no name',
                                                                                          '# libxl: no kernel and no bootloader (as for Domain-0): xl cannot create this domain',
                                                                                          'type = "pv"', 'vif = [""]'] + NO_ACTIONS
    }

    def "a Domain-0-like config (no kernel, no bootloader) is written with a note, and only xl's verdict on it remains"() {
        given:
        def dom0 = [c_info: [type: 'pv', name: 'Domain-0', uuid: '00000000-0000-0000-0000-000000000000'],
                    b_info: [max_vcpus: 4, avail_vcpus: [0, 1, 2, 3], max_memkb: 4294967295L, target_memkb: 1048576]]

        when:
        def source = XlConfigFromLibxl.of(dom0, '<live:Domain-0>')

        then:
        text(source).readLines() == [
                '# libxl: max_memkb 4294967295 is not a whole MiB; rounded up',
                '# libxl: no kernel and no bootloader (as for Domain-0): xl cannot create this domain',
                'name = "Domain-0"',
                'type = "pv"',
                'uuid = "00000000-0000-0000-0000-000000000000"',
                'memory = 1024',
                'maxmem = 4194304',
                'vcpus = 4',
        ] + NO_ACTIONS
        !ConfigParser.parse(source).hasErrors()
        read(source).fatalError().map { it.render() }.orElse('').contains('Neither kernel nor bootloader specified')
    }

    def "an action libxl leaves out is its default, destroy, which xl.cfg must say where xl's default differs"() {
        expect:
        lines([c_info: [type: 'pv', name: 'g'], b_info: [kernel: '/k']]).findAll { it.startsWith('on_') } == NO_ACTIONS
        lines([c_info: [type: 'pv', name: 'g'], b_info: [kernel: '/k'], on_poweroff: 'destroy', on_reboot: 'soft_reset',
               on_watchdog: 'coredump_restart', on_crash: 'restart', on_soft_reset: 'soft_reset']).findAll { it.startsWith('on_') } ==
                ['on_reboot = "soft-reset"', 'on_watchdog = "coredump-restart"', 'on_crash = "restart"']
    }

    def "libxl's unset sentinels are not values: #what"() {
        expect:
        lines(with(PV, [b_info: b_info])).findAll { !it.startsWith('name') && !it.startsWith('type') && !it.startsWith('kernel') } == []

        where:
        what                    | b_info
        'MEMKB_DEFAULT'         | [max_memkb: 18446744073709551615G, target_memkb: 18446744073709551615G, video_memkb: 18446744073709551615G, shadow_memkb: 18446744073709551615G]
        'scheduler -1'          | [sched_params: [weight: -1, cap: -1, period: -1, slice: -1, latency: -1, extratime: -1]]
        'grant limits unset'    | [max_grant_frames: 4294967295L, max_maptrack_frames: -1, max_grant_version: -1]
        'zeros that mean unset' | [event_channels: 0, rtc_timeoffset: 0, max_vcpus: 0]
        'null values'           | [max_vcpus: null, ramdisk: null, bootloader_args: null, sched_params: null]
    }

    def "kernel, ramdisk, cmdline and bootloader are found where libxl 4.9 kept them"() {
        given:
        def old = [c_info: [type: 'pv', name: 'g'], on_reboot: 'restart', on_soft_reset: 'soft_reset',
                   b_info: ['type.pv': [kernel: '/k', ramdisk: '/r', cmdline: 'ro', bootloader: 'pygrub', bootloader_args: ['-q']]]]

        expect:
        lines(old) == ['name = "g"', 'type = "pv"', 'kernel = "/k"', 'ramdisk = "/r"', 'cmdline = "ro"',
                       'bootloader = "pygrub"', 'bootloader_args = ["-q"]']
    }

    def "HVM flags libxl 4.9 kept in the union are found there"() {
        expect:
        lines([c_info: [type: 'hvm', name: 'g'], b_info: ['type.hvm': [acpi: 'True', apic: 'False', nested_hvm: 'True']]]) ==
                ['name = "g"', 'type = "hvm"', 'acpi = 1', 'nestedhvm = 1', 'apic = 0'] + NO_ACTIONS
    }

    def "what xl.cfg cannot say is named in a comment: #what"() {
        expect:
        lines(with(PV, extra)).findAll { it.startsWith('#') } == notes

        where:
        what                 | extra                                                                     || notes
        'a bad uuid'         | [c_info: [uuid: '<random>']]                                              || ['# libxl: uuid <random> not carried: not a UUID']
        'an unknown action'  | [on_crash: 'explode']                                                     || ['# libxl: on_crash explode not carried']
        'a disk without vdev'| [disks: [[pdev_path: '/img']]]                                            || ['# libxl: disk 0 not carried: its vdev cannot be written in a disk spec']
        'a disk xl refuses'  | [disks: [[vdev: 'xvda', format: 'raw', readwrite: 1]]]                    || ['# libxl: disk 0 not carried: xl would refuse `format=raw,vdev=xvda,access=rw` (no target specified (and device not removable))']
        'a writable cdrom'   | [disks: [[pdev_path: '/a.iso', vdev: 'hdc', format: 'raw', readwrite: 1, removable: 1, is_cdrom: 1]]] || ['# libxl: disk 0: xl reads `/a.iso,raw,hdc,rw,devtype=cdrom` back with other readwrite']
        'removable, no cdrom'| [disks: [[pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1, removable: 1]]] || ['# libxl: disk 0: removable without cdrom not carried']
        'a comma in a script'| [disks: [[pdev_path: '/img', vdev: 'xvda', script: 'a,b']]]               || ['# libxl: disk 0: script not carried (a comma cannot be written in a disk spec)']
        'a comma in a vif'   | [nics: [[devid: 0, bridge: 'a,b']]]                                       || ['# libxl: vif 0: bridge not carried (a comma cannot be written in a vif)']
        'an unknown COLO key'| [nics: [[devid: 0, colo_new_thing: 'x']]]                                 || ['# libxl: vif 0: xl says: unrecognized argument `colo_new_thing=x\'']
        'an unknown nictype' | [nics: [[devid: 0, nictype: 'vif_tap']]]                                  || ['# libxl: vif 0: nictype vif_tap not carried']
        'an odd rate'        | [nics: [[rate_bytes_per_interval: 1000, rate_interval_usecs: 3000000]]]   || ['# libxl: vif 0: rate of 1000 bytes per 3000000us written as the nearest rate xl can read']
        'device arrays'      | [p9s: [[:]], vsnds: [[:], [:]], usbctrls: [], b_info: [kernel: '/k', cpuid: ['host']]] || ['# libxl: p9s not carried (1 entry)', '# libxl: vsnds not carried (2 entries)', '# libxl: b_info.cpuid not carried (1 entry)']
        'a NUL byte'         | [b_info: [kernel: '/k', cmdline: 'a\u0000b']]                             || ['# libxl: cmdline not carried: xl.cfg strings cannot hold a NUL byte']
        'an RTDS budget'     | [b_info: [kernel: '/k', sched_params: [sched: 'rtds', period: 10000, budget: 4000]]] || ['# libxl: RTDS budget 4000 not carried (xl.cfg has no key for it)']
        'memory in KiB'      | [b_info: [kernel: '/k', target_memkb: 1000]]                              || ['# libxl: target_memkb 1000 is not a whole MiB; rounded up']
        'a PV keyboard alone'| [vkbs: [[devid: 0]]]                                                      || ['# libxl: 1 vkbs without a vfb not carried']
    }

    def "an HVM guest asking for the host's reserved memory regions keeps asking; the regions themselves are the host's"() {
        given:
        def config = [c_info: [type: 'hvm', name: 'g'], b_info: ['type.hvm': [rdm: [strategy: 'host', policy: 'strict']]],
                      rdms  : [[start: 4096, size: 4096, policy: 'strict']], on_reboot: 'restart', on_soft_reset: 'soft_reset']

        expect:
        lines(config) == ['name = "g"', 'type = "hvm"', 'rdm = "strategy=host,policy=strict"']
        read(XlConfigFromLibxl.of(config, '<live:g>')).ignoredKeys() == []
    }

    def "libxl enums xl.cfg spells the same are carried when the config chose them: #what"() {
        given:
        def config = [c_info: [type: type, name: 'g'] + cInfo, b_info: [kernel: '/k'] + bInfo, on_reboot: 'restart',
                      on_soft_reset: 'soft_reset']

        when:
        def source = XlConfigFromLibxl.of(config, '<live:g>')

        then:
        text(source).readLines().findAll { !(it =~ /^(name|type|kernel) =/) } == expected
        read(source).diagnostics()*.render() == []
        read(source).ignoredKeys() == []

        where:
        what                  | type  | cInfo                        | bInfo                                                                          || expected
        'a PV guest'          | 'pv'  | [passthrough: 'share_pt']    | [tsc_mode: 'native', timer_mode: 'one_missed_tick_pending', altp2m: 'mixed']   || ['passthrough = "share_pt"', 'tsc_mode = "native"', 'timer_mode = "one_missed_tick_pending"', 'altp2m = "mixed"']
        'an HVM guest'        | 'hvm' | [:]                          | ['type.hvm': [hdtype: 'ahci', vendor_device: 'xenserver', timer_mode: 'no_missed_ticks_pending']] || ['timer_mode = "no_missed_ticks_pending"', 'hdtype = "ahci"', 'vendor_device = "xenserver"']
        'libxl\'s own choices'| 'hvm' | [passthrough: 'disabled']    | [tsc_mode: 'default', timer_mode: 'no_delay_for_missed_ticks', altp2m: 'disabled', 'type.hvm': [hdtype: 'ide', vendor_device: 'none']] || []
        'not for a PV guest'  | 'pv'  | [:]                          | ['type.hvm': [hdtype: 'ahci']]                                                  || []
        'not a word'          | 'pv'  | [passthrough: 'x"; rm']      | [:]                                                                            || []
    }

    def "strings are quoted so xl reads back exactly what libxl holds"() {
        given:
        def config = with(PV, [c_info: [name: 'we"ird\\name\'s'], b_info: [kernel: '/k', cmdline: 'a\nb\tc\r']])

        when:
        def back = typed(XlConfigFromLibxl.of(config, '<live:g>'))

        then:
        back.name() == 'we"ird\\name\'s'
        back.boot().cmdline().get() == 'a\nb\tc\r'
    }
}
