package xsh.hv.xen.config

import spock.lang.Specification

import static xsh.hv.xen.config.LibxlRoundTrip.*

/** PCI passthrough devices back as PCI_SPEC_STRINGs (xl-pci-configuration(5)). */
class XlConfigFromLibxlPciSpec extends Specification {

    static List<String> pciLines(List<Map> pcidevs) {
        def config = [c_info : [type: 'hvm', name: 'g'], pcidevs: pcidevs, on_reboot: 'restart', on_soft_reset: 'soft_reset']
        text(XlConfigFromLibxl.of(config, '<live:g>')).readLines().findAll { it.startsWith('pci') || it.startsWith('#') }
    }

    def "#device -> #spec"() {
        expect:
        pciLines([device]) == ["pci = [\"$spec\"]".toString()]

        where:
        device                                                                    || spec
        [func: 0, dev: 6, bus: 0, domain: 0, vdevfn: 0, vfunc_mask: 1]            || '0000:00:06.0'
        [func: 1, dev: 0x1f, bus: 0xab, domain: 0x12, vfunc_mask: 1]              || '0012:ab:1f.1'
        [dev: 2, bus: 3, vfunc_mask: 4294967295L]                                 || '0000:03:02.*'
        [dev: 2, bus: 3, vdevfn: 0x28, vfunc_mask: 1]                             || '0000:03:02.0@05'
        [dev: 2, permissive: true, msitranslate: false, seize: true, power_mgmt: true, rdm_policy: 'relaxed'] ||
                '0000:00:02.0,permissive=1,seize=1,power_mgmt=1'
        [dev: 2, rdm_policy: 'strict']                                            || '0000:00:02.0,rdm_policy=strict'
        [name: 'gpu0', func: 0, dev: 0, bus: 0, domain: 0]                        || 'name=gpu0'
    }

    def "the NetBSD HowTo's two devices, as a real xl list -l holds them, are carried and typed"() {
        given:
        def devices = [[func: 0, dev: 6, bus: 0, domain: 0, vdevfn: 0, vfunc_mask: 1, msitranslate: false],
                       [func: 0, dev: 10, bus: 0, domain: 0, vdevfn: 0, vfunc_mask: 1, msitranslate: false]]
        def config = [c_info : [type: 'pv', name: 'g'], b_info: [kernel: '/k', 'type.pv': [e820_host: 'True']],
                      pcidevs: devices, on_reboot: 'restart', on_soft_reset: 'soft_reset']

        when:
        def back = typed(XlConfigFromLibxl.of(config, '<live:g>'))

        then:
        back.pci().devices() == ['0000:00:06.0', '0000:00:0a.0']
    }

    def "a device known only by a name holding a comma is named in a note"() {
        expect:
        pciLines([[name: 'a,b']]) == ['# libxl: pci 0 not carried: its name cannot be written in a PCI spec']
    }
}
