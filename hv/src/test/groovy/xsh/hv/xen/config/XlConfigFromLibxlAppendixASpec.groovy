package xsh.hv.xen.config

import spock.lang.Specification
import xsh.cfg.libxl.LibxlConfigJson

import static xsh.hv.xen.config.LibxlRoundTrip.*

/** The reference's Appendix A: real Xen 4.17 xl output, as yajl and as json-c pretty-print it. */
class XlConfigFromLibxlAppendixASpec extends Specification {

    /** xl list -l of the Appendix's PV guest, in Xen 4.17's yajl layout (its uuid made real). */
    static final String PV_YAJL = '''\
[
    {
        "domid": 3,
        "config": {
            "c_info": {
                "type": "pv",
                "name": "test",
                "uuid": "7d1e3a4c-2b9f-4f0e-8c55-3a8e1f2b6c7d",
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
            "disks": [
                {
                    "pdev_path": "/dev/vg/test",
                    "vdev": "xvda",
                    "format": "raw",
                    "readwrite": 1
                }
            ],
            "nics": [
                {
                    "devid": 0,
                    "bridge": "xenbr0"
                }
            ],
            "on_reboot": "restart",
            "on_soft_reset": "soft_reset"
        }
    }
]
'''

    /** The same, as xl built with json-c prints it (JSON_C_TO_STRING_PRETTY: no blank after ':', '/' escaped). */
    static final String PV_JSON_C = '''\
[
  {
    "domid":3,
    "config":{
      "c_info":{
        "type":"pv",
        "name":"test",
        "uuid":"7d1e3a4c-2b9f-4f0e-8c55-3a8e1f2b6c7d",
        "run_hotplug_scripts":"True"
      },
      "b_info":{
        "max_vcpus":2,
        "avail_vcpus":[
          0,
          1
        ],
        "max_memkb":524288,
        "target_memkb":524288,
        "sched_params":{
        },
        "claim_mode":"True",
        "kernel":"\\/boot\\/vmlinuz",
        "type.pv":{
        },
        "arch_arm":{
        },
        "arch_x86":{
        }
      },
      "disks":[
        {
          "pdev_path":"\\/dev\\/vg\\/test",
          "vdev":"xvda",
          "format":"raw",
          "readwrite":1
        }
      ],
      "nics":[
        {
          "devid":0,
          "bridge":"xenbr0"
        }
      ],
      "on_reboot":"restart",
      "on_soft_reset":"soft_reset"
    }
  }
]
'''

    static final List<String> PV_CFG = [
            'name = "test"',
            'type = "pv"',
            'uuid = "7d1e3a4c-2b9f-4f0e-8c55-3a8e1f2b6c7d"',
            'memory = 512',
            'vcpus = 2',
            'kernel = "/boot/vmlinuz"',
            'disk = ["/dev/vg/test,raw,xvda,rw"]',
            'vif = ["bridge=xenbr0"]',
    ]

    /** The HVM variant the Appendix describes after the PV example. */
    static final String HVM_YAJL = '''\
[
    {
        "domid": 4,
        "config": {
            "c_info": {
                "type": "hvm",
                "name": "win",
                "uuid": "0f5e2d1c-3b4a-4958-8776-a5b4c3d2e1f0",
                "pool_name": "Pool-0",
                "run_hotplug_scripts": "True"
            },
            "b_info": {
                "max_vcpus": 2,
                "avail_vcpus": [
                    0,
                    1
                ],
                "vcpu_hard_affinity": [
                    [
                        0,
                        1
                    ],
                    [
                        0,
                        1
                    ]
                ],
                "max_memkb": 1048576,
                "target_memkb": 1048576,
                "sched_params": {
                    "weight": 512,
                    "cap": 50
                },
                "claim_mode": "True",
                "type.hvm": {
                    "vga": {

                    },
                    "vnc": {
                        "enable": "True",
                        "listen": "0.0.0.0"
                    },
                    "sdl": {

                    },
                    "spice": {

                    },
                    "serial": "pty",
                    "boot": "dc",
                    "usbdevice_list": [
                        "tablet"
                    ],
                    "rdm": {

                    }
                },
                "arch_arm": {

                },
                "arch_x86": {

                }
            },
            "disks": [
                {
                    "pdev_path": "",
                    "vdev": "hdc",
                    "format": "empty",
                    "removable": 1,
                    "is_cdrom": 1
                }
            ],
            "on_reboot": "restart",
            "on_crash": "preserve",
            "on_soft_reset": "soft_reset"
        }
    }
]
'''

    static final List<String> HVM_CFG = [
            'name = "win"',
            'type = "hvm"',
            'uuid = "0f5e2d1c-3b4a-4958-8776-a5b4c3d2e1f0"',
            'pool = "Pool-0"',
            'memory = 1024',
            'vcpus = 2',
            'cpus = "0-1"',
            'cpu_weight = 512',
            'cap = 50',
            'vnc = 1',
            'vnclisten = "0.0.0.0"',
            'serial = "pty"',
            'boot = "dc"',
            'usbdevice = ["tablet"]',
            'disk = ["format=empty,vdev=hdc,access=ro,devtype=cdrom,target="]',
            'on_crash = "preserve"',
    ]

    static Map<String, Object> firstConfig(String listLong) {
        def list = new groovy.json.JsonSlurper().parseText(listLong) as List
        list[0].config as Map<String, Object>
    }

    def "#layout: xl list -l's #guest guest becomes this xl.cfg, line by line"() {
        when:
        def source = XlConfigFromLibxl.of(firstConfig(json), '<live:' + guest + '>')

        then:
        text(source).readLines() == lines
        source.name() == "<live:$guest>"

        where:
        layout       | guest  | json      || lines
        'yajl (4.17)'| 'test' | PV_YAJL   || PV_CFG
        'json-c'     | 'test' | PV_JSON_C || PV_CFG
        'yajl (4.17)'| 'win'  | HVM_YAJL  || HVM_CFG
    }

    def "the xl.cfg written types cleanly and gives the same libxl JSON back"() {
        given:
        def config = firstConfig(json)

        when:
        def result = read(XlConfigFromLibxl.of(config, '<live:g>'))

        then:
        result.diagnostics()*.render() == []
        result.ignoredKeys() == []
        slurp(LibxlConfigJson.render(result.orElseThrow(), HOST, { UUID.fromString(config.c_info.uuid) })) == config

        where:
        json << [PV_YAJL, PV_JSON_C, HVM_YAJL]
    }
}
