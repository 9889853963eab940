package xsh.toolstack.info

import spock.lang.Specification
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.json.JsonStyle
import xsh.cfg.json.JsonWriter
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.hv.DomainDefinition
import xsh.hv.DomainInfo
import xsh.toolstack.fake.FakeHypervisor

class LibxlConfigsSpec extends Specification {

    def hv = new FakeHypervisor()

    static DomainDefinition definition(String text) {
        def src = ConfigSource.of('a.cfg', text)
        new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow())
    }

    def "list -l: an array of {domid, config} in yajl's layout, Domain-0 left out, name and uuid as the domain has them now"() {
        given:
        def d = hv.create(definition('name = "test"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemory = 512\nvcpus = 2\n'), false)
        hv.rename(d.domid(), 'renamed')

        when:
        def text = JsonWriter.write(LibxlConfigs.listLong(hv, hv.domains()), JsonStyle.LIBXL) + '\n'

        then:
        text == """\
[
    {
        "domid": ${d.domid()},
        "config": {
            "c_info": {
                "type": "pv",
                "name": "renamed",
                "uuid": "${d.uuid()}",
                "run_hotplug_scripts": "True"
            },
            "b_info": {
                "max_vcpus": 2,
                "avail_vcpus": [
                    0,
                    1
                ],
                "max_memkb": 524288,
                "target_memkb": 524288,
                "sched_params": {

                },
                "claim_mode": "True",
                "kernel": "/boot/vmlinuz",
                "type.pv": {

                },
                "arch_arm": {

                },
                "arch_x86": {

                }
            },
            "on_reboot": "restart",
            "on_soft_reset": "soft_reset"
        }
    }
]
"""
    }

    def "list -l gives the memory target and maximum and the vcpus online as they are now, as libxl retrieves them"() {
        given:
        def built = definition('name = "test"\ntype = "pv"\nkernel = "/boot/vmlinuz"\nmemory = 512\nmaxmem = 1024\nvcpus = 2\nmaxvcpus = 4\n')
        def d = hv.create(built, false)
        // after mem-set 400, mem-max 900, vcpu-set 3
        def now = new DomainInfo(d.domid(), d.name(), d.uuid(), d.type(), d.state(), 400 * 1024, 400 * 1024, 900 * 1024,
                3, 4, d.cpuTimeNanos(), d.started(), d.pool())

        when:
        def buildInfo = LibxlConfigs.running(built, now, LibxlConfigs.hostFacts(hv.hostInfo())).b_info

        then:
        buildInfo.target_memkb == 400 * 1024
        buildInfo.max_memkb == 900 * 1024
        buildInfo.avail_vcpus == [0, 1, 2]
        buildInfo.max_vcpus == 4
    }

    def "a domain whose configuration cannot be retrieved is skipped"() {
        expect:
        LibxlConfigs.listLong(hv, hv.domains()) == []
    }
}
