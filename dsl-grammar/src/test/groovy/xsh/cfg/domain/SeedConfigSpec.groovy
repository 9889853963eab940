package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll
import xsh.cfg.disk.DiskFormat
import xsh.cfg.vif.MacAddress

import static xsh.cfg.domain.SeedFiles.*

class SeedConfigSpec extends Specification {

    def "the Handbook's freebsd.cfg as printed lacks the ] of its disk list, and xsh says where the list opened"() {
        when:
        def parsed = parse('handbook-freebsd-as-printed.cfg')
        def result = DomainConfigReader.read(parsed)

        then:
        parsed.hasErrors()
        parsed.errors()[0].render() == 'handbook-freebsd-as-printed.cfg:9:1: the list opened at line 6, column 8 ' +
                'is not closed: expected `,` or `]` after its last item, found `vnc`'
        !result.isOk()
        result.exitCode() == 1
    }

    def "the Handbook's freebsd.cfg with its ] put back is an HVM guest with a VNC console"() {
        when:
        def c = config('handbook-freebsd.cfg')

        then: 'builder = "hvm" makes it HVM'
        c.type() == DomainType.HVM
        c.name() == 'freebsd'
        c.memory().targetMib() == 1024
        c.memory().maxMib() == 1024
        c.vcpus().online() == 2
        c.vcpus().max() == 2

        and: 'one vif with the given MAC on bridge0'
        c.vifs().size() == 1
        c.vifs()[0].devid() == 0
        c.vifs()[0].mac().get() == MacAddress.of(0x00, 0x16, 0x3E, 0x74, 0x34, 0x32)
        c.vifs()[0].mac().get().toString() == '00:16:3e:74:34:32'
        c.vifs()[0].bridge() == Optional.of('bridge0')

        and: 'the ZFS volume read-write, and the ISO as a read-only cdrom'
        c.disks().size() == 2
        c.disks()[0].target() == '/dev/zvol/tank/xendisk0'
        c.disks()[0].format() == DiskFormat.RAW
        c.disks()[0].vdev() == 'hda'
        c.disks()[0].readwrite()
        !c.disks()[0].cdrom()
        c.disks()[1].target() == '/root/freebsd.iso'
        c.disks()[1].vdev() == 'hdc'
        c.disks()[1].cdrom()
        !c.disks()[1].readwrite()
        c.disks()[1].removable()

        and: 'VNC on, listening on "" (libxl will use its default), a pty serial port and a USB tablet'
        c.graphics().vnc().enabled() == Optional.of(true)
        c.graphics().vnc().listen() == Optional.of('')
        c.emulatedDevices().serial().get() == StringOrList.single('pty')
        c.emulatedDevices().usbDevice().get() == StringOrList.single('tablet')
        c.emulatedDevices().effectiveBoot() == 'cda'
        c.lifecycle() == LifecycleActions.defaults()
        read('handbook-freebsd.cfg').diagnostics() == []
        c.ignoredKeys() == []
    }

    def "the older Handbook edition prints the config on one line, which xl cannot parse"() {
        when:
        def parsed = parse('handbook-older-freebsd-one-line.cfg')

        then:
        parsed.hasErrors()
        parsed.errors()[0].line() == 1
    }

    def "the older Handbook edition's config, one statement per line, listens on every address"() {
        when:
        def c = config('handbook-older-freebsd.cfg')

        then:
        c.type() == DomainType.HVM
        c.graphics().vnc().listen() == Optional.of('0.0.0.0')
        c.disks()*.vdev() == ['hda', 'hdc']
    }

    def "the NetBSD HowTo's foo is a PV guest with two file-backed disks named by device number"() {
        when:
        def c = config('netbsd-domu-foo.cfg')

        then:
        c.type() == DomainType.PV
        c.name() == 'domU-id'
        c.boot().kernel() == Optional.of('/netbsd-XEN3PAE_DOMU-i386-foo.gz')
        c.memory().targetMib() == 1024
        c.vcpus().online() == 1
        c.vifs()[0].mac().get().toString() == 'aa:00:00:d1:00:09'
        c.vifs()[0].bridge() == Optional.of('bridge0')
        c.disks()*.target() == ['/n0/xen/foo-wd0', '/n0/xen/foo-wd1']
        c.disks()*.vdev() == ['0x0', '0x1']
        c.disks()*.readwrite() == [true, true]
        c.disks()*.format() == [DiskFormat.RAW, DiskFormat.RAW]
    }

    @Unroll
    def "the NetBSD HowTo's fragment #fragment gives #what"() {
        expect:
        check(config('netbsd-domu-foo.cfg', fragment))

        where:
        fragment                         | what                                   || check
        'netbsd-single-disk.cfg'         | 'one writable disk 0x0'                || { DomainConfig c -> c.disks()*.vdev() == ['0x0'] && c.disks()[0].readwrite() }
        'netbsd-install-kernel.cfg'      | 'the INSTALL kernel'                   || { DomainConfig c -> c.boot().kernel() == Optional.of('/home/bouyer/netbsd-INSTALL_XEN3_DOMU') }
        'netbsd-install-cdrom-disks.cfg' | 'a disk and a read-only CD device'     || { DomainConfig c -> c.disks()*.target() == ['/dev/wd0e', '/dev/cd0a'] && c.disks()*.readwrite() == [true, false] && c.disks()*.vdev() == ['0x1', '0x2'] }
        'netbsd-linux-disk.cfg'          | 'a partition as device 0x1'            || { DomainConfig c -> c.disks()*.vdev() == ['0x1'] }
        'netbsd-linux-root.cfg'          | 'hda as 0x300 and root= on the cmdline' || { DomainConfig c -> c.disks()*.vdev() == ['0x300'] && c.boot().cmdline() == Optional.of('root=/dev/hda1 ro') }
        'netbsd-linux-console.cfg'       | 'the console on tty1'                  || { DomainConfig c -> c.boot().cmdline() == Optional.of('xencons=tty1') }
        'netbsd-pci.cfg'                 | 'two PCI devices'                      || { DomainConfig c -> c.pci().devices() == ['0000:00:06.0', '0000:00:0a.0'] }
        'netbsd-nat-vif.cfg'             | 'one vif with every default'           || { DomainConfig c -> c.vifs().size() == 1 && c.vifs()[0].mac().isEmpty() && c.vifs()[0].bridge().isEmpty() }
    }

    def "root and extra from the NetBSD HowTo compose one command line"() {
        expect:
        config('netbsd-domu-foo.cfg', 'netbsd-linux-root.cfg', 'netbsd-linux-console.cfg').boot().cmdline() ==
                Optional.of('root=/dev/hda1 ro xencons=tty1')
    }

    def "the tutorial's Debian PV guest boots the installer kernel from the current directory"() {
        when:
        def c = config('tutorial-debian-pv.cfg')

        then:
        c.type() == DomainType.PV
        c.name() == 'debian'
        c.boot().kernel() == Optional.of('vmlinuz')
        c.boot().ramdisk() == Optional.of('initrd.gz')
        c.memory().targetMib() == 1024
        c.vcpus().online() == 2
        c.vifs()*.bridge() == [Optional.of('bridge0')]
        c.disks()*.target() == ['/dev/zvol/zroot/debian']
        c.disks()*.vdev() == ['xvda']
        c.disks()[0].readwrite()
    }

    def "the Debian guest after installation boots through pygrub"() {
        given: 'kernel and ramdisk commented out, bootloader added'
        def edited = text('tutorial-debian-pv.cfg').replace('kernel =', '#kernel =').replace('ramdisk =', '#ramdisk =') +
                '\n' + text('tutorial-debian-pv-pygrub.cfg')

        when:
        def c = DomainSupport.config(edited)

        then:
        c.boot().kernel().isEmpty()
        c.boot().bootloader() == Optional.of('pygrub')
    }

    def "without kernel and without pygrub the Debian guest cannot boot"() {
        given:
        def edited = text('tutorial-debian-pv.cfg').replace('kernel =', '#kernel =')

        expect:
        DomainSupport.read(edited).errors()*.message()[0].startsWith('Neither kernel nor bootloader specified')
    }

    def "restoring from a clone points the disk at the cloned ZVOL"() {
        expect:
        config('tutorial-debian-pv.cfg', 'tutorial-debian-clone-disk.cfg').disks()*.target() ==
                ['/dev/zvol/zroot/debian-1552572976']
    }

    def "the tutorial's FreeBSD HVM guest"() {
        when:
        def c = config('tutorial-freebsd-hvm.cfg')

        then:
        c.type() == DomainType.HVM
        c.name() == 'freebsd'
        c.memory().targetMib() == 1024
        c.vcpus().online() == 2
        c.vifs()*.bridge() == [Optional.of('bridge0')]
        c.disks()*.target() == ['/root/freebsd/FreeBSD-12.0-RELEASE-amd64.raw']
        c.disks()*.vdev() == ['hda']
        c.graphics().vnc() == new VncSettings(Optional.of(true), Optional.of('0.0.0.0'), Optional.of('1234'),
                OptionalLong.empty(), Optional.empty())
        c.emulatedDevices().serial().get() == StringOrList.single('pty')
    }

    def "the tutorial's FreeBSD PVH guest boots its kernel directly, with blanks in its disk spec skipped"() {
        when:
        def c = config('tutorial-freebsd-pvh.cfg')

        then:
        c.type() == DomainType.PVH
        c.boot().kernel() == Optional.of('/root/freebsd/kernel')
        c.boot().cmdline() == Optional.of('vfs.root.mountfrom=ufs:/dev/ada0p3')
        c.memory().targetMib() == 1024
        c.vcpus().online() == 2
        c.disks()[0].target() == '/root/freebsd/FreeBSD-12.0-RELEASE-amd64.raw'
        c.disks()[0].format() == DiskFormat.RAW
        c.disks()[0].vdev() == 'hda'
        c.disks()[0].readwrite()
    }

    @Unroll
    def "the tutorial's #fragment sets #event to #action"() {
        expect:
        config('tutorial-debian-pv.cfg', fragment).lifecycle().action(event) == action

        where:
        fragment                                    | event                  || action
        'tutorial-on-crash-preserve.cfg'            | ShutdownEvent.CRASH    || LifecycleAction.PRESERVE
        'tutorial-on-watchdog-restart.cfg'          | ShutdownEvent.WATCHDOG || LifecycleAction.RESTART
        'tutorial-on-watchdog-coredump-restart.cfg' | ShutdownEvent.WATCHDOG || LifecycleAction.COREDUMP_RESTART
    }

    def "of the tutorial's pinning examples xl refuses the first, all^0"() {
        given:
        def lines = text('tutorial-cpu-pinning.cfg').readLines().findAll { it.startsWith('cpus=') }

        expect:
        lines == ['cpus="all^0"', 'cpus="0-3"', 'cpus="0,3"']
        DomainSupport.fatal(DomainSupport.MINIMAL + lines[0] + '\n').startsWith('g.cfg:3:6: Invalid pcpu range: all^0.')
        DomainSupport.config(DomainSupport.MINIMAL + lines[1] + '\n').cpus().get().cpuLists(1)*.toString() == ['0-3']
        DomainSupport.config(DomainSupport.MINIMAL + lines[2] + '\n').cpus().get().cpuLists(1)*.toString() == ['0,3']
    }

    def "the tutorial's pinning listing as one file is fine: the last cpus= wins and all^0 is never read"() {
        expect:
        config('tutorial-debian-pv.cfg', 'tutorial-cpu-pinning.cfg').cpus().get().cpuLists(2)*.toString() == ['0,3', '0,3']
    }

    def "the tutorial's guest joins pool2"() {
        expect:
        config('tutorial-freebsd-hvm.cfg', 'tutorial-pool-assignment.cfg').pool() == Optional.of('pool2')
    }

    def "the tutorial's PV guest in shim mode becomes PVH with the shim on"() {
        when:
        def c = config('tutorial-debian-pv.cfg', 'tutorial-pvshim.cfg')

        then:
        c.type() == DomainType.PVH
        c.boot().pvShim().isEnabled()
        c.boot().kernel() == Optional.of('vmlinuz')
    }

    def "the tutorial's advice to set weight in the config names a key xl ignores"() {
        when:
        def c = DomainSupport.config(text('tutorial-debian-pv.cfg') + 'weight=512\n')

        then:
        c.scheduler().weight() == 256
        c.ignoredKeys()*.message() == ['`weight` is not an xl.cfg key; xl ignores it (did you mean `cpu_weight`?)']
    }
}
