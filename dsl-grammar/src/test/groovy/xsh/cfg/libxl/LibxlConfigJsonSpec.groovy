package xsh.cfg.libxl

import spock.lang.Specification
import spock.lang.Unroll
import xsh.cfg.cpulist.HostTopology
import xsh.cfg.domain.DomainConfig
import xsh.cfg.domain.DomainSupport
import xsh.cfg.json.JsonStyle
import xsh.cfg.json.JsonWriter

class LibxlConfigJsonSpec extends Specification {

    static final UUID FIXED = UUID.fromString('0b0c8a7e-6f6d-4d43-9a11-2d8b3c4e5f60')
    static final HostFacts HOST = HostFacts.of(4)

    static DomainConfig config(String text) {
        DomainSupport.config(text)
    }

    static Map<String, Object> json(String text, HostFacts host = HOST) {
        LibxlConfigJson.of(config(text), host, { FIXED })
    }

    def "the PV example of xl -N create, byte for byte"() {
        given:
        def cfg = 'name="test"\ntype="pv"\nkernel="/boot/vmlinuz"\nmemory=512\nvcpus=2\n' +
                'disk=["/dev/vg/test,raw,xvda,rw"]\nvif=["bridge=xenbr0"]\n'
        def expected = '''\
{
    "c_info": {
        "type": "pv",
        "name": "test",
        "uuid": "0b0c8a7e-6f6d-4d43-9a11-2d8b3c4e5f60",
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
'''

        expect:
        LibxlConfigJson.render(config(cfg), HOST, { FIXED }) == expected
    }

    def "the HVM variant's fields"() {
        given:
        def cfg = 'name="win"\ntype="hvm"\npool="Pool-0"\nmemory=1024\nvcpus=2\ncpus="0-1"\n' +
                'cpu_weight=512\ncap=50\nvnc=1\nvnclisten="0.0.0.0"\nserial="pty"\nboot="dc"\n' +
                'usbdevice=["tablet"]\ndisk=[",,hdc,cdrom"]\non_crash="preserve"\n'

        when:
        def j = json(cfg)

        then:
        j.c_info == [type: 'hvm', name: 'win', uuid: FIXED.toString(), pool_name: 'Pool-0', run_hotplug_scripts: 'True']
        j.b_info.vcpu_hard_affinity == [[0, 1], [0, 1]]
        j.b_info.sched_params == [weight: 512, cap: 50]
        j.b_info.'type.hvm' == [vga: [:], vnc: [enable: 'True', listen: '0.0.0.0'], sdl: [:], spice: [:],
                                serial: 'pty', boot: 'dc', usbdevice_list: ['tablet'], rdm: [:]]
        j.disks == [[pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]]
        j.on_crash == 'preserve'
        j.keySet() as List == ['c_info', 'b_info', 'disks', 'on_reboot', 'on_crash', 'on_soft_reset']
    }

    def "b_info's keys come in libxl's order"() {
        when:
        def j = json('name="g"\ntype="hvm"\nmemory=512\nmaxmem=1024\nvcpus=1\nmaxvcpus=2\ncpus_soft="1"\n' +
                'videoram=16\nnomigrate=1\nmax_grant_frames=64\ndevice_model_version="qemu-xen"\ncap=0\n' +
                'kernel="/k"\ncmdline="c"\nramdisk="/r"\nacpi=1\nnestedhvm=0\n')

        then:
        j.b_info.keySet() as List == ['max_vcpus', 'avail_vcpus', 'vcpu_soft_affinity', 'numa_placement',
                                      'max_memkb', 'target_memkb', 'video_memkb', 'disable_migrate', 'max_grant_frames',
                                      'device_model_version', 'sched_params', 'claim_mode', 'kernel', 'cmdline', 'ramdisk',
                                      'acpi', 'nested_hvm', 'type.hvm', 'arch_arm', 'arch_x86']
        j.b_info.max_vcpus == 2
        j.b_info.avail_vcpus == [0]
        j.b_info.vcpu_soft_affinity == [[1], [1]]
        j.b_info.numa_placement == 'False'
        j.b_info.max_memkb == 1048576
        j.b_info.target_memkb == 524288
        j.b_info.video_memkb == 16384
        j.b_info.device_model_version == 'qemu_xen'
        j.b_info.sched_params == [cap: 0]
        j.b_info.nested_hvm == 'False'
    }

    @Unroll
    def "memory=#memory maxmem=#maxmem: max_memkb #max, target_memkb #target (absent means libxl decides)"() {
        given:
        def text = DomainSupport.MINIMAL + (memory == null ? '' : "memory=$memory\n") + (maxmem == null ? '' : "maxmem=$maxmem\n")

        when:
        def b = json(text).b_info

        then:
        b.max_memkb == max
        b.target_memkb == target

        where:
        memory | maxmem || max     | target
        null   | null   || null    | null
        512    | null   || 524288  | 524288
        null   | 1024   || 1048576 | null
        512    | 1024   || 1048576 | 524288
    }

    def "without vcpus xl passes no vCPU counts at all"() {
        expect:
        !json(DomainSupport.MINIMAL).b_info.containsKey('max_vcpus')
        !json(DomainSupport.MINIMAL).b_info.containsKey('avail_vcpus')
        json(DomainSupport.MINIMAL + 'maxvcpus=4\n').b_info.max_vcpus == 4
    }

    @Unroll
    def "cpus=#cpus on a 4-CPU host with #vcpus vCPUs gives #maps"() {
        expect:
        json(DomainSupport.MINIMAL + "vcpus=$vcpus\ncpus=$cpus\n").b_info.vcpu_hard_affinity == maps

        where:
        cpus                 | vcpus || maps
        '"0-3,^1"'           | 1     || [[0, 2, 3]]
        '"all"'              | 1     || [[0, 1, 2, 3, 4, 5, 6, 7]]
        '"all,^0"'           | 2     || [[1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7]]
        '"node:0"'           | 1     || [[0, 1, 2, 3]]
        '["2", "3"]'         | 2     || [[2], [3]]
        '["2", "3", "1"]'    | 2     || [[2], [3]]
        '["2"]'              | 2     || [[2]]
    }

    def "without a vCPU count xl has no vCPUs to pin, so cpus= leaves no affinity"() {
        expect:
        !json(DomainSupport.MINIMAL + 'cpus="1"\n').b_info.containsKey('vcpu_hard_affinity')
    }

    def "a per-vCPU list turns NUMA placement off, a hard-affinity string does not"() {
        expect:
        json(DomainSupport.MINIMAL + 'vcpus=1\ncpus=["1"]\n').b_info.numa_placement == 'False'
        !json(DomainSupport.MINIMAL + 'cpus="1"\n').b_info.containsKey('numa_placement')
    }

    def "node: items resolve against the host's topology"() {
        given:
        def host = new HostFacts(HostTopology.of(0, 0, 1, 1), HostFacts.DEBIAN_417_FIRMWARE_DIR, XlGlobals.stock())

        expect:
        json(DomainSupport.MINIMAL + 'vcpus=1\ncpus="node:1"\n', host).b_info.vcpu_hard_affinity == [[2, 3]]
    }

    def "the UUID from the file is used, and the nil UUID is left out as libxl leaves it out"() {
        expect:
        json(DomainSupport.MINIMAL + 'uuid="6BA7B810-9DAD-11D1-80B4-00C04FD430C8"\n').c_info.uuid ==
                '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
        !json(DomainSupport.MINIMAL + 'uuid="00000000-0000-0000-0000-000000000000"\n').c_info.containsKey('uuid')
    }

    def "without a uuid in the file each call gets a fresh random one"() {
        when:
        def first = LibxlConfigJson.of(config(DomainSupport.MINIMAL), HOST).c_info.uuid
        def second = LibxlConfigJson.of(config(DomainSupport.MINIMAL), HOST).c_info.uuid

        then:
        first != second
        UUID.fromString(first).version() == 4
    }

    def "actions other than destroy are written in libxl's spelling"() {
        when:
        def j = json(DomainSupport.MINIMAL + 'on_poweroff="rename-restart"\non_reboot="destroy"\n' +
                'on_watchdog="coredump-destroy"\non_soft_reset="destroy"\n')

        then:
        j.on_poweroff == 'restart_rename'
        !j.containsKey('on_reboot')
        j.on_watchdog == 'coredump_destroy'
        !j.containsKey('on_crash')
        !j.containsKey('on_soft_reset')
    }

    def "security labels: init_seclabel labels the build, seclabel then becomes the exec label"() {
        expect:
        json(DomainSupport.MINIMAL + 'seclabel="s"\n').c_info.ssid_label == 's'
        json(DomainSupport.MINIMAL + 'seclabel="s"\ninit_seclabel="i"\n').c_info.ssid_label == 'i'
        json(DomainSupport.MINIMAL + 'seclabel="s"\ninit_seclabel="i"\n').b_info.exec_ssid_label == 's'
    }

    def "a pvgrub firmware becomes the kernel under XENFIRMWAREDIR"() {
        expect:
        json('name="g"\nfirmware="pvgrub64"\n').b_info.kernel == '/usr/lib/xen-4.17/boot/pvgrub64.bin'
    }

    def "bootloader and its arguments"() {
        expect:
        json('name="g"\nbootloader="pygrub"\nbootloader_args=["-q"]\n').b_info.subMap(['bootloader', 'bootloader_args']) ==
                [bootloader: 'pygrub', bootloader_args: ['-q']]
    }

    def "a PV guest with PCI devices uses the host's E820 map"() {
        expect:
        json(DomainSupport.MINIMAL + "pci=['0000:00:06.0']\n").b_info.'type.pv' == [e820_host: 'True']
        json(DomainSupport.MINIMAL + 'e820_host=0\n').b_info.'type.pv' == [e820_host: 'False']
        json(DomainSupport.MINIMAL).b_info.'type.pv' == [:]
    }

    def "a PVH guest's union holds the shim"() {
        expect:
        json('type="pvh"\npvshim=1\npvshim_extra="loglvl=all"\n' + DomainSupport.MINIMAL).b_info.'type.pvh' ==
                [pvshim: 'True', pvshim_extra: 'loglvl=all']
    }

    def "a PV guest with vnc=1 gets one framebuffer and keyboard from the top-level keys"() {
        when:
        def j = json(DomainSupport.MINIMAL + 'vnc=1\nvnclisten="0.0.0.0"\nvncdisplay=1\nkeymap="de"\n')

        then:
        j.vfbs == [[devid: 0, vnc: [enable: 'True', listen: '0.0.0.0', display: 1], sdl: [:], keymap: 'de']]
        j.vkbs == [[devid: 0]]
    }

    def "vfb entries are read as xl reads them, one framebuffer and keyboard each"() {
        when:
        def j = json(DomainSupport.MINIMAL + "vnc=1\nvfb=['vnc=1,vnclisten=0.0.0.0,bogus=1,sdl=0', 'sdl=1,opengl=1,display=:0']\n")

        then:
        j.vfbs == [[devid: 0, vnc: [enable: 'True', listen: '0.0.0.0'], sdl: [enable: 'False']],
                   [devid: 1, vnc: [:], sdl: [enable: 'True', opengl: 'True', display: ':0']]]
        j.vkbs == [[devid: 0], [devid: 1]]
    }

    def "HVM platform keys land in the union"() {
        when:
        def h = json('name="g"\ntype="hvm"\nfirmware="ovmf"\npae=0\nnx=1\nhpet=0\nviridian=["defaults","!hcall_ipi","freq"]\n' +
                'vga="stdvga"\nkeymap="en-us"\nusb=1\nusbversion=2\nsoundhw="hda"\nserial=["pty","vc"]\nxen_platform_pci=0\n').b_info.'type.hvm'

        then:
        h.bios == 'ovmf'
        h.pae == 'False'
        h.nx == 'True'
        h.viridian == 'True'
        h.viridian_enable == [1]
        h.viridian_disable == [9]
        h.hpet == 'False'
        h.vga == [kind: 'std']
        h.keymap == 'en-us'
        h.usb == 'True'
        h.usbversion == 2
        h.soundhw == 'hda'
        h.serial_list == ['pty', 'vc']
        !h.containsKey('serial')
        h.xen_platform_pci == 'False'
        h.keySet() as List == ['bios', 'pae', 'nx', 'viridian', 'viridian_enable', 'viridian_disable', 'hpet', 'vga',
                               'vnc', 'keymap', 'sdl', 'spice', 'usb', 'usbversion', 'soundhw', 'xen_platform_pci',
                               'serial_list', 'rdm']
    }

    def "viridian all enables every bit of libxl's 64-bit map"() {
        expect:
        json('name="g"\ntype="hvm"\nviridian=["all"]\n').b_info.'type.hvm'.viridian_enable == (0..63).toList()
    }

    def "xl.conf's settings appear as xl copies them"() {
        given:
        def globals = new XlGlobals(false, false, Optional.of('xvdb'), OptionalLong.of(32), OptionalLong.empty(),
                OptionalLong.empty())
        def host = new HostFacts(HostTopology.singleNode(4), '/fw', globals)

        when:
        def j = json(DomainSupport.MINIMAL, host)

        then:
        j.c_info.run_hotplug_scripts == 'False'
        j.b_info.claim_mode == 'False'
        j.b_info.blkdev_start == 'xvdb'
        j.b_info.max_grant_frames == 32
        json(DomainSupport.MINIMAL + 'max_grant_frames=64\n', host).b_info.max_grant_frames == 64
    }

    def "the Handbook's freebsd.cfg as xl -N create would print it"() {
        given:
        def c = xsh.cfg.domain.SeedFiles.config('handbook-freebsd.cfg')

        when:
        def j = LibxlConfigJson.of(c, HOST, { FIXED })

        then:
        j.c_info == [type: 'hvm', name: 'freebsd', uuid: FIXED.toString(), run_hotplug_scripts: 'True']
        j.b_info.max_vcpus == 2
        j.b_info.avail_vcpus == [0, 1]
        j.b_info.max_memkb == 1048576
        j.b_info.'type.hvm' == [vga: [:], vnc: [enable: 'True', listen: ''], sdl: [:], spice: [:], serial: 'pty',
                                usbdevice: 'tablet', rdm: [:]]
        j.disks == [[pdev_path: '/dev/zvol/tank/xendisk0', vdev: 'hda', format: 'raw', readwrite: 1],
                    [pdev_path: '/root/freebsd.iso', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1]]
        j.nics == [[devid: 0, mac: '00:16:3e:74:34:32', bridge: 'bridge0']]
    }

    def "rendering uses libxl's layout: four spaces, and an empty object with a blank line inside"() {
        expect:
        JsonWriter.write([a: [:]], JsonStyle.LIBXL) == '{\n    "a": {\n\n    }\n}'
    }
}
