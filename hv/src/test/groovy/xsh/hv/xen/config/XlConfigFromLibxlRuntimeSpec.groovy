package xsh.hv.xen.config

import spock.lang.Specification

import static xsh.hv.xen.config.LibxlRoundTrip.*

/**
 * What a real Dom0's xl list -l holds beyond xl -N create: libxl stores the config after
 * filling in its defaults, and refreshes name, uuid, vCPUs, memory, scheduler parameters
 * and devices from the running domain. Keys with an xl.cfg form are carried, the rest
 * (domid, ssidref, xl.conf's settings, sentinels) are dropped without a word.
 */
class XlConfigFromLibxlRuntimeSpec extends Specification {

    /** An HVM guest as Xen 4.17's libxl keeps it, after setdefault and retrieval. */
    static final String HVM_RUNTIME = '''\
{
    "c_info": {
        "type": "hvm",
        "hap": "True",
        "oos": "True",
        "ssidref": 0,
        "name": "win",
        "domid": 7,
        "uuid": "0f5e2d1c-3b4a-4958-8776-a5b4c3d2e1f0",
        "xsdata": {

        },
        "platformdata": {

        },
        "poolid": 0,
        "pool_name": "Pool-0",
        "run_hotplug_scripts": "True",
        "driver_domain": "False",
        "passthrough": "disabled",
        "xend_suspend_evtchn_compat": "False"
    },
    "b_info": {
        "max_vcpus": 2,
        "avail_vcpus": [
            0,
            1
        ],
        "numa_placement": "True",
        "tsc_mode": "default",
        "max_memkb": 1048576,
        "target_memkb": 1048576,
        "video_memkb": 8192,
        "shadow_memkb": 9216,
        "iommu_memkb": 0,
        "rtc_timeoffset": 0,
        "exec_ssid_label": null,
        "localtime": "False",
        "disable_migrate": "False",
        "cpuid": [

        ],
        "blkdev_start": "xvda",
        "vnuma_nodes": [

        ],
        "max_grant_frames": 64,
        "max_maptrack_frames": 1024,
        "max_grant_version": -1,
        "device_model_version": "qemu_xen",
        "device_model_stubdomain": "False",
        "stubdomain_memkb": 0,
        "sched_params": {
            "sched": "credit2",
            "weight": 256,
            "cap": 0,
            "period": -1,
            "budget": -1
        },
        "ioports": [

        ],
        "irqs": [

        ],
        "iomem": [

        ],
        "claim_mode": "True",
        "event_channels": 1023,
        "acpi": "True",
        "nested_hvm": "False",
        "apic": "True",
        "dm_restrict": "False",
        "tee": "none",
        "type.hvm": {
            "bios": "seabios",
            "pae": "True",
            "apic": "True",
            "acpi": "True",
            "acpi_s3": "True",
            "acpi_s4": "True",
            "acpi_laptop_slate": "False",
            "nx": "True",
            "viridian": "False",
            "hpet": "True",
            "vpt_align": "True",
            "mmio_hole_memkb": 0,
            "timer_mode": "no_delay_for_missed_ticks",
            "nested_hvm": "False",
            "altp2m": "False",
            "nographic": "False",
            "vga": {
                "kind": "cirrus"
            },
            "vnc": {
                "enable": "True",
                "listen": "127.0.0.1",
                "display": 0,
                "findunused": "True"
            },
            "sdl": {
                "enable": "False",
                "opengl": "False"
            },
            "spice": {
                "enable": "False",
                "port": 0,
                "tls_port": 0,
                "disable_ticketing": "False",
                "agent_mouse": "True",
                "vdagent": "False",
                "clipboard_sharing": "False"
            },
            "gfx_passthru": "False",
            "gfx_passthru_kind": "default",
            "serial": "pty",
            "boot": "cda",
            "usb": "False",
            "usbversion": 0,
            "vkb_device": "True",
            "xen_platform_pci": "True",
            "usbdevice_list": [

            ],
            "vendor_device": "none",
            "ms_vm_genid": "00000000000000000000000000000000",
            "serial_list": [

            ],
            "rdm": {
                "strategy": "ignore",
                "policy": "relaxed"
            },
            "rdm_mem_boundary_memkb": 2097152,
            "mca_caps": 0
        },
        "arch_arm": {
            "gic_version": "default",
            "vuart": "unknown",
            "sve_vl": "disabled"
        },
        "arch_x86": {
            "msr_relaxed": "False"
        },
        "altp2m": "disabled",
        "vmtrace_buf_kb": 0,
        "vpmu": "False"
    },
    "disks": [
        {
            "backend_domid": 0,
            "pdev_path": "/dev/zvol/tank/win",
            "vdev": "hda",
            "backend": "phy",
            "format": "raw",
            "script": "/etc/xen/scripts/block",
            "removable": 0,
            "readwrite": 1,
            "is_cdrom": 0,
            "direct_io_safe": false,
            "discard_enable": "True",
            "specification": "xen",
            "transport": "unknown",
            "irq": 0,
            "base": 0,
            "colo_enable": "False",
            "colo_restore_enable": "False"
        }
    ],
    "nics": [
        {
            "backend_domid": 0,
            "devid": 0,
            "mtu": 1500,
            "model": "e1000",
            "mac": "00:16:3e:5d:6e:7f",
            "bridge": "xenbr0",
            "script": "/etc/xen/scripts/vif-bridge",
            "nictype": "vif_ioemu",
            "rate_bytes_per_interval": 0,
            "rate_interval_usecs": 0,
            "trusted": "True"
        }
    ],
    "pcidevs": [
        {
            "func": 0,
            "dev": 6,
            "bus": 0,
            "domain": 0,
            "vdevfn": 0,
            "msitranslate": "False",
            "power_mgmt": "False",
            "permissive": "False",
            "seize": "False",
            "rdm_policy": "relaxed"
        }
    ],
    "vkbs": [
        {
            "backend_domid": 0,
            "devid": 0,
            "backend_type": "qemu"
        }
    ],
    "channels": [
        {
            "backend_domid": 0,
            "devid": 0,
            "name": "org.qemu.guest_agent.0",
            "connection.pty": {

            }
        }
    ],
    "on_poweroff": "destroy",
    "on_reboot": "restart",
    "on_watchdog": "destroy",
    "on_crash": "destroy",
    "on_soft_reset": "soft_reset"
}
'''

    static final List<String> HVM_RUNTIME_CFG = [
            'name = "win"',
            'type = "hvm"',
            'uuid = "0f5e2d1c-3b4a-4958-8776-a5b4c3d2e1f0"',
            'pool = "Pool-0"',
            'hap = 1',
            'oos = 1',
            'driver_domain = 0',
            'xend_suspend_evtchn_compat = 0',
            'memory = 1024',
            'vcpus = 2',
            'cpu_weight = 256',
            'cap = 0',
            'max_grant_frames = 64',
            'max_maptrack_frames = 1024',
            'max_event_channels = 1023',
            'shadow_memory = 9',
            'videoram = 8',
            'device_model_version = "qemu-xen"',
            'device_model_stubdomain_override = 0',
            'localtime = 0',
            'nomigrate = 0',
            'acpi = 1',
            'nestedhvm = 0',
            'apic = 1',
            'dm_restrict = 0',
            'vpmu = 0',
            'bios = "seabios"',
            'pae = 1',
            'acpi_s3 = 1',
            'acpi_s4 = 1',
            'acpi_laptop_slate = 0',
            'nx = 1',
            'hpet = 1',
            'vpt_align = 1',
            'vkb_device = 1',
            'xen_platform_pci = 1',
            'viridian = 0',
            'nographic = 0',
            'vga = "cirrus"',
            'vnc = 1',
            'vnclisten = "127.0.0.1"',
            'vncunused = 1',
            'sdl = 0',
            'opengl = 0',
            'serial = "pty"',
            'boot = "cda"',
            'usb = 0',
            'disk = ["/dev/zvol/tank/win,raw,hda,rw,backendtype=phy,script=/etc/xen/scripts/block,discard,specification=xen,no-colo"]',
            'vif = ["mac=00:16:3e:5d:6e:7f,mtu=1500,bridge=xenbr0,model=e1000,script=/etc/xen/scripts/vif-bridge,type=ioemu,trusted"]',
            'pci = ["0000:00:06.0"]',
            'channel = ["name=org.qemu.guest_agent.0,connection=pty"]',
    ]

    /** A PV guest booted by pygrub, as libxl 4.17 keeps it; its scheduler is credit. */
    static final String PV_RUNTIME = '''\
{
    "c_info": {
        "type": "pv",
        "hap": "False",
        "ssidref": 0,
        "name": "debian",
        "uuid": "11c5b7e2-9a3d-4c1f-b0e4-6d2a8f9c3e51",
        "poolid": 0,
        "pool_name": "Pool-0",
        "run_hotplug_scripts": "True"
    },
    "b_info": {
        "max_vcpus": 4,
        "avail_vcpus": [
            0,
            1
        ],
        "vcpu_hard_affinity": [
            [
                2
            ],
            [
                3
            ],
            [
                2,
                3
            ],
            [
                2,
                3
            ]
        ],
        "numa_placement": "False",
        "max_memkb": 2097152,
        "target_memkb": 1048576,
        "video_memkb": 18446744073709551615,
        "shadow_memkb": 18446744073709551615,
        "rtc_timeoffset": 0,
        "sched_params": {
            "sched": "credit",
            "weight": 512,
            "cap": 25
        },
        "claim_mode": "True",
        "event_channels": 1023,
        "bootloader": "pygrub",
        "bootloader_args": [
            "--entry=1"
        ],
        "type.pv": {
            "slack_memkb": 8192,
            "e820_host": "False"
        },
        "apic": "False",
        "arch_arm": {

        },
        "arch_x86": {

        }
    },
    "disks": [
        {
            "backend_domid": 0,
            "pdev_path": "/dev/zvol/zroot/debian",
            "vdev": "xvda",
            "backend": "phy",
            "format": "raw",
            "readwrite": 1
        },
        {
            "backend_domid": 0,
            "pdev_path": "/var/lib/xen/images/debian-data,2.img",
            "vdev": "xvdb",
            "backend": "qdisk",
            "format": "qcow2",
            "readwrite": 1
        }
    ],
    "nics": [
        {
            "backend_domid": 0,
            "devid": 0,
            "mac": "00:16:3e:11:22:33",
            "bridge": "bridge0",
            "nictype": "vif",
            "rate_bytes_per_interval": 62500,
            "rate_interval_usecs": 50000
        },
        {
            "backend_domid": 0,
            "devid": 2,
            "mac": "00:16:3e:11:22:34",
            "bridge": "bridge1",
            "ip": "10.0.0.2 10.0.0.3",
            "nictype": "vif"
        }
    ],
    "on_poweroff": "destroy",
    "on_reboot": "restart",
    "on_watchdog": "destroy",
    "on_crash": "restart_rename",
    "on_soft_reset": "soft_reset"
}
'''

    static final List<String> PV_RUNTIME_CFG = [
            'name = "debian"',
            'type = "pv"',
            'uuid = "11c5b7e2-9a3d-4c1f-b0e4-6d2a8f9c3e51"',
            'pool = "Pool-0"',
            'hap = 0',
            'memory = 1024',
            'maxmem = 2048',
            'vcpus = 2',
            'maxvcpus = 4',
            'cpus = ["2", "3", "2-3", "2-3"]',
            'cpu_weight = 512',
            'cap = 25',
            'max_event_channels = 1023',
            'bootloader = "pygrub"',
            'bootloader_args = ["--entry=1"]',
            'e820_host = 0',
            'disk = ["/dev/zvol/zroot/debian,raw,xvda,rw,backendtype=phy", "format=qcow2,vdev=xvdb,access=rw,backendtype=qdisk,target=/var/lib/xen/images/debian-data,2.img"]',
            'vif = ["mac=00:16:3e:11:22:33,bridge=bridge0,type=vif,rate=1250000B/s@50000us", "devid=2,mac=00:16:3e:11:22:34,bridge=bridge1,ip=10.0.0.2 10.0.0.3,type=vif"]',
            'on_crash = "rename-restart"',
    ]

    def "#guest: a running domain's libxl JSON becomes this xl.cfg, line by line"() {
        expect:
        text(XlConfigFromLibxl.of(slurp(json), "<live:$guest>")).readLines() == lines

        where:
        guest    | json        || lines
        'win'    | HVM_RUNTIME || HVM_RUNTIME_CFG
        'debian' | PV_RUNTIME  || PV_RUNTIME_CFG
    }

    def "#guest: the xl.cfg types without a warning or an ignored key, and keeps what matters"() {
        when:
        def result = read(XlConfigFromLibxl.of(slurp(json), "<live:$guest>"))

        then:
        result.diagnostics()*.render() == []
        result.ignoredKeys() == []
        with(result.orElseThrow()) {
            name() == guest
            disks()*.target() == targets
            vifs()*.mac()*.get()*.toString() == macs
            vcpus().online() == online
            memory().targetMib() == 1024
        }

        where:
        guest    | json        || targets                                                                  | macs                                       | online
        'win'    | HVM_RUNTIME || ['/dev/zvol/tank/win']                                                   | ['00:16:3e:5d:6e:7f']                      | 2
        'debian' | PV_RUNTIME  || ['/dev/zvol/zroot/debian', '/var/lib/xen/images/debian-data,2.img']      | ['00:16:3e:11:22:33', '00:16:3e:11:22:34'] | 2
    }
}
