package xsh.hv.xen.parse

import spock.lang.Specification

/**
 * xl list -l's libxl JSON by domid, as either pretty-printer xl has used writes it, with the
 * domains xl leaves out simply absent.
 */
class XlListLongSpec extends Specification {

    def "#output gives each listed domain's libxl_domain_config by domid"() {
        when:
        Map<Integer, Map<String, Object>> configs = XlListLong.parse(XlOutputs.text(output))

        then: 'Domain-0 is not listed, as xl leaves it out'
        configs.keySet() as List == [1, 2, 3, 4]
        configs.collectEntries { domid, c -> [domid, c.c_info.name] } == [1: 'web', 2: 'db', 3: 'idle', 4: 'batch']
        configs[1].b_info.max_vcpus == 4
        configs[1].b_info.avail_vcpus == [0, 1]
        configs[1].b_info.max_memkb == 524288
        configs[1].b_info.sched_params == [:]
        configs[1].disks[0].pdev_path == '/tmp/xenread-g/web.img'
        configs[2].on_crash == 'preserve'
        configs[4].c_info.pool_name == 'batch'

        where:
        output << ['list-l', 'list-l-json-c']
    }

    def "both printers give the same configs"() {
        expect:
        XlListLong.parse(XlOutputs.text('list-l')) == XlListLong.parse(XlOutputs.text('list-l-json-c'))
    }

    def "no domains: #why"() {
        expect:
        XlListLong.parse(text) == [:]

        where:
        why                     | text
        "yajl's empty array"    | XlOutputs.text('list-l-empty-yajl')
        "json-c's empty array"  | XlOutputs.text('list-l-empty-json-c')
        'nothing at all'        | ''
    }

    def "a domain listed by itself is a one-element array"() {
        given:
        String text = '[\n    {\n        "domid": 7,\n        "config": {\n            "c_info": {\n                "name": "g"\n            }\n        }\n    }\n]\n'

        expect:
        XlListLong.parse(text) == [7: [c_info: [name: 'g']]]
    }

    def "what is not xl list -l's JSON is an error naming the line: #why"() {
        when:
        XlListLong.parse(text)

        then:
        IllegalArgumentException e = thrown()
        e.message.startsWith(message)

        where:
        why                | text                                          | message
        'sxp output'       | '(domain\n    (domid 1)\n)\n'                 | 'line 1: not JSON'
        'an object'        | '{\n    "domid": 1\n}\n'                      | "line 1: not xl list -l's JSON array"
        'truncated'        | '[\n    {\n        "domid": 1,\n'            | 'line '
        'no config'        | '[\n    {\n        "domid": 1\n    }\n]\n'   | "element 0 of xl list -l: not {\"domid\": N, \"config\": {...}}"
    }
}
