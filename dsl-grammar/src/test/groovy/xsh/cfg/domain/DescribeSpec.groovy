package xsh.cfg.domain

import spock.lang.Specification
import xsh.cfg.json.JsonStyle
import xsh.cfg.json.JsonWriter

import static xsh.cfg.domain.DomainSupport.*

class DescribeSpec extends Specification {

    def "a minimal guest's description shows the effective defaults"() {
        expect:
        config(MINIMAL).describe() == [
                name     : 'g',
                type     : 'pv',
                memory   : [target_mib: 32L, max_mib: 32L],
                vcpus    : [online: 1L, max: 1L],
                scheduler: [cpu_weight: 256L, cap: 0L],
                lifecycle: [on_poweroff: 'destroy', on_reboot: 'restart', on_watchdog: 'destroy', on_crash: 'destroy',
                            on_soft_reset: 'soft-reset'],
                boot     : [kernel: '/boot/vmlinuz'],
                disks    : [],
                vifs     : []]
    }

    def "the Handbook's freebsd.cfg described"() {
        when:
        def d = SeedFiles.config('handbook-freebsd.cfg').describe()

        then:
        d.keySet() as List == ['name', 'type', 'memory', 'vcpus', 'scheduler', 'lifecycle', 'boot', 'disks', 'vifs',
                               'display', 'emulated']
        d.type == 'hvm'
        d.memory == [target_mib: 1024L, max_mib: 1024L]
        d.disks == [[target: '/dev/zvol/tank/xendisk0', format: 'raw', vdev: 'hda', access: 'rw', devtype: 'disk', removable: false],
                    [target: '/root/freebsd.iso', format: 'raw', vdev: 'hdc', access: 'ro', devtype: 'cdrom', removable: true]]
        d.vifs == [[devid: 0, mac: '00:16:3e:74:34:32', bridge: 'bridge0']]
        d.display == [vnc: [enabled: true, listen: '']]
        d.emulated == [serial: 'pty', boot: 'cda', usbdevice: 'tablet']
    }

    def "given values appear, as written or typed"() {
        when:
        def d = config('type="hvm"\nname="w"\nuuid="6ba7b810-9dad-11d1-80b4-00c04fd430c8"\npool="p"\nmemory=512\n' +
                'maxmem=1024\nvcpus=2\ncpus=["0","1"]\ncpu_weight=512\non_crash="preserve"\nfirmware="ovmf"\n' +
                'hap=0\nvga="stdvga"\nvideoram=16\nserial=["pty"]\nmax_grant_frames=64\n' +
                'device_model_version="qemu-xen"\npci=["0000:00:06.0"]\nviridian=1\n').describe()

        then:
        d.uuid == '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
        d.pool == 'p'
        d.memory == [target_mib: 512L, max_mib: 1024L]
        d.vcpus == [online: 2L, max: 2L]
        d.cpus == ['0', '1']
        d.scheduler == [cpu_weight: 512L, cap: 0L]
        d.lifecycle.on_crash == 'preserve'
        d.boot == [firmware: 'ovmf', bios: 'ovmf']
        d.flags == [hap: false]
        d.display == [vga: 'stdvga', videoram_mib: 16L]
        d.emulated == [serial: ['pty'], boot: 'cda']
        d.viridian == [enabled: true]
        d.grants == [max_grant_frames: 64L]
        d.device_model == [version: 'qemu-xen']
        d.pci == [devices: ['0000:00:06.0']]
    }

    def "the description is plain JSON"() {
        expect:
        JsonWriter.write(config(MINIMAL).describe(), JsonStyle.PRETTY).startsWith('{\n  "name": "g",\n  "type": "pv",')
    }
}
