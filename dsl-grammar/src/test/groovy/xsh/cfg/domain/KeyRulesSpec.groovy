package xsh.cfg.domain

import spock.lang.Specification
import spock.lang.Unroll

import static xsh.cfg.domain.DomainSupport.*

class KeyRulesSpec extends Specification {

    @Unroll
    def "type=#value is #expected (prefix of the keyword, hvm tried first)"() {
        expect:
        config("type=\"$value\"\n" + MINIMAL).type() == expected

        where:
        value | expected
        'hvm' | DomainType.HVM
        'hv'  | DomainType.HVM
        'h'   | DomainType.HVM
        ''    | DomainType.HVM
        'pv'  | DomainType.PV
        'p'   | DomainType.PV
        'pvh' | DomainType.PVH
    }

    @Unroll
    def "builder=#builder with type=#type gives #expected"() {
        expect:
        config((type == null ? '' : "type=\"$type\"\n") + "builder=\"$builder\"\n" + MINIMAL).type() == expected

        where:
        builder   | type  | expected
        'hvm'     | null  | DomainType.HVM
        'generic' | null  | DomainType.PV
        'gen'     | null  | DomainType.PV
        'hvm'     | 'hvm' | DomainType.HVM
        'hvm'     | 'h'   | DomainType.HVM
        'generic' | 'pv'  | DomainType.PV
    }

    @Unroll
    def "memory=#memory maxmem=#maxmem: target #target MiB, max #max MiB"() {
        given:
        def text = MINIMAL + (memory == null ? '' : "memory=$memory\n") + (maxmem == null ? '' : "maxmem=$maxmem\n")

        when:
        def m = config(text).memory()

        then:
        m.targetMib() == target
        m.maxMib() == max

        where:
        memory  | maxmem  || target | max
        null    | null    || 32     | 32
        512     | null    || 512    | 512
        null    | 2048    || 2048   | 2048
        512     | 2048    || 512    | 2048
        2048    | 512     || 2048   | 512
        '0x200' | null    || 512    | 512
        '"512"' | null    || 512    | 512
        '" 64"' | null    || 64     | 64
    }

    def "an HVM guest with memory below maxmem boots with populate-on-demand"() {
        expect:
        config('type="hvm"\nmemory=512\nmaxmem=1024\n' + MINIMAL).memory().populateOnDemand(DomainType.HVM)
        !config('memory=512\nmaxmem=1024\n' + MINIMAL).memory().populateOnDemand(DomainType.PV)
    }

    @Unroll
    def "vcpus=#vcpus maxvcpus=#maxvcpus: #online online, at most #max"() {
        given:
        def text = MINIMAL + (vcpus == null ? '' : "vcpus=$vcpus\n") + (maxvcpus == null ? '' : "maxvcpus=$maxvcpus\n")

        when:
        def v = config(text).vcpus()

        then:
        v.online() == online
        v.max() == max

        where:
        vcpus | maxvcpus || online | max
        null  | null     || 1      | 1
        2     | null     || 2      | 2
        2     | 4        || 2      | 4
        null  | 4        || 1      | 4
        2     | 0        || 2      | 2
        4     | 4        || 4      | 4
    }

    @Unroll
    def "#keys gives the kernel command line #cmdline"() {
        expect:
        config(MINIMAL + keys).boot().cmdline() == Optional.ofNullable(cmdline)

        where:
        keys                                          || cmdline
        ''                                            || null
        'root="/dev/xvda1 ro"\n'                      || 'root=/dev/xvda1 ro'
        'extra="console=hvc0"\n'                      || 'console=hvc0'
        'root="/dev/xvda1"\nextra="console=hvc0"\n'   || 'root=/dev/xvda1 console=hvc0'
        'cmdline="quiet"\n'                           || 'quiet'
        'cmdline="quiet"\nroot="/dev/xvda1"\n'        || 'quiet'
        'cmdline=""\nextra="x"\n'                     || ''
    }

    def "cmdline together with root or extra earns xl's warning at the cmdline key"() {
        expect:
        warnings(MINIMAL + 'root="/dev/xvda1"\ncmdline="quiet"\n') ==
                ['g.cfg:4:1: warning: ignoring root= and extra= in favour of cmdline=']
    }

    @Unroll
    def "#key=\"#value\" is the action #action"() {
        expect:
        config(MINIMAL + "$key=\"$value\"\n").lifecycle().action(event) == action

        where:
        key             | event                   | value              || action
        'on_poweroff'   | ShutdownEvent.POWEROFF  | 'restart'          || LifecycleAction.RESTART
        'on_reboot'     | ShutdownEvent.REBOOT    | 'destroy'          || LifecycleAction.DESTROY
        'on_watchdog'   | ShutdownEvent.WATCHDOG  | 'coredump-restart' || LifecycleAction.COREDUMP_RESTART
        'on_crash'      | ShutdownEvent.CRASH     | 'preserve'         || LifecycleAction.PRESERVE
        'on_crash'      | ShutdownEvent.CRASH     | 'rename-restart'   || LifecycleAction.RENAME_RESTART
        'on_crash'      | ShutdownEvent.CRASH     | 'coredump-destroy' || LifecycleAction.COREDUMP_DESTROY
        'on_soft_reset' | ShutdownEvent.SOFT_RESET | 'destroy'          || LifecycleAction.DESTROY
        'on_reboot'     | ShutdownEvent.REBOOT    | 'soft-reset'       || LifecycleAction.SOFT_RESET
    }

    def "cpu_weight and cap are the scheduler parameters; weight= is not read at all"() {
        when:
        def c = config(MINIMAL + 'cpu_weight=512\ncap=50\n')
        def typo = config(MINIMAL + 'weight=512\n')

        then:
        c.scheduler().weight() == 512
        c.scheduler().effectiveCap() == 50
        typo.scheduler().weight() == 256
        typo.scheduler().cpuWeight().isEmpty()
        warnings(MINIMAL + 'weight=512\n') == []
    }

    def "uuid, pool and security labels are kept as given"() {
        when:
        def c = config(MINIMAL + 'uuid="6BA7B810-9dad-11d1-80b4-00c04fd430c8"\npool="pool2"\nseclabel="a:b:c"\n')

        then:
        c.uuid() == Optional.of(UUID.fromString('6ba7b810-9dad-11d1-80b4-00c04fd430c8'))
        c.pool() == Optional.of('pool2')
        c.seclabel() == Optional.of('a:b:c')
        c.initSeclabel().isEmpty()
    }

    def "bootloader_args is a list; the string form is split on blanks with xl's deprecation warning"() {
        expect:
        config('name="g"\nbootloader="pygrub"\nbootloader_args=["-q","--entry=1"]\n').boot().bootloaderArgs() == ['-q', '--entry=1']
        config('name="g"\nbootloader="pygrub"\nbootloader_args="-q  --entry=1"\n').boot().bootloaderArgs() == ['-q', '--entry=1']
        warnings('name="g"\nbootloader="pygrub"\nbootloader_args="-q"\n') ==
                ['g.cfg:3:1: warning: Specifying "bootloader_args" as a string is deprecated. Please use a list of arguments.']
    }

    @Unroll
    def "HVM firmware=\"#firmware\" gives bios #bios and firmware path #path"() {
        when:
        def boot = config("type=\"hvm\"\nname=\"g\"\nfirmware=\"$firmware\"\n").boot()

        then:
        boot.bios() == Optional.ofNullable(bios)
        boot.hvmFirmwarePath() == Optional.ofNullable(path)

        where:
        firmware          || bios             | path
        'ovmf'            || BiosType.OVMF    | null
        'SeaBIOS'         || BiosType.SEABIOS | null
        'rombios'         || BiosType.ROMBIOS | null
        'uefi'            || BiosType.OVMF    | null
        'uef'             || BiosType.OVMF    | null
        ''                || BiosType.OVMF    | null
        'bios'            || null             | null
        'b'               || null             | null
        '/opt/my.bin'     || null             | '/opt/my.bin'
    }

    def "firmware= overrides bios= for HVM, as xl reads it later"() {
        expect:
        config('type="hvm"\nname="g"\nbios="rombios"\nfirmware="ovmf"\n').boot().bios() == Optional.of(BiosType.OVMF)
        config('type="hvm"\nname="g"\nbios="rombios"\n').boot().bios() == Optional.of(BiosType.ROMBIOS)
    }

    @Unroll
    def "PV firmware=\"#firmware\" stands for the kernel #kernel"() {
        expect:
        config("name=\"g\"\nfirmware=\"$firmware\"\n").boot().effectiveKernel('/usr/lib/xen/boot') == Optional.of(kernel)

        where:
        firmware   || kernel
        'pvgrub64' || '/usr/lib/xen/boot/pvgrub64.bin'
        'pvgrub32' || '/usr/lib/xen/boot/pvgrub32.bin'
        'pvgrub'   || '/usr/lib/xen/boot/pvgrub.bin'
    }

    def "an HVM kernel named hvmloader is dropped with xl's warning"() {
        when:
        def text = 'type="hvm"\nname="g"\nkernel="/usr/lib/xen/boot/hvmloader"\n'

        then:
        config(text).boot().kernel().isEmpty()
        warnings(text) == ['g.cfg:3:1: warning: you seem to be using "kernel" directive to override HVM guest firmware.'
                + ' Ignore that. Use "firmware_override" instead if you really want a non-default firmware']
    }

    @Unroll
    def "HVM #keys gives the card #vga"() {
        expect:
        config('type="hvm"\nname="g"\n' + keys).graphics().vga() == Optional.ofNullable(vga)

        where:
        keys                        || vga
        ''                          || null
        'vga="stdvga"\n'            || VgaKind.STD
        'vga="cirrus"\n'            || VgaKind.CIRRUS
        'vga="none"\n'              || VgaKind.NONE
        'vga="qxl"\n'               || VgaKind.QXL
        'stdvga=1\n'                || VgaKind.STD
        'stdvga=0\n'                || VgaKind.CIRRUS
        'vga="none"\nstdvga=1\n'    || VgaKind.NONE
    }

    def "serial and usbdevice keep their single or list form"() {
        when:
        def single = config('type="hvm"\nname="g"\nserial="pty"\nusbdevice="tablet"\n').emulatedDevices()
        def list = config('type="hvm"\nname="g"\nserial=["pty","vc"]\nusbdevice=["tablet"]\n').emulatedDevices()

        then:
        single.serial().get() == StringOrList.single('pty')
        single.usbDevice().get() == StringOrList.single('tablet')
        list.serial().get() == StringOrList.list(['pty', 'vc'])
        list.usbDevice().get() == StringOrList.list(['tablet'])
        warnings('type="hvm"\nname="g"\nserial=["pty"]\nusbdevice="tablet"\n') == []
    }

    def "HVM display keys are typed"() {
        when:
        def g = config('type="hvm"\nname="g"\nvnc=1\nvnclisten="0.0.0.0"\nvncpasswd="pw"\nvncdisplay=3\n'
                + 'vncunused=0\nsdl=0\nkeymap="de"\nvideoram=16\nnographic=1\n').graphics()

        then:
        g.vnc() == new VncSettings(Optional.of(true), Optional.of('0.0.0.0'), Optional.of('pw'), OptionalLong.of(3),
                Optional.of(false))
        g.sdl().enabled() == Optional.of(false)
        g.keymap() == Optional.of('de')
        g.videoramMib() == OptionalLong.of(16)
        g.nographic() == Optional.of(true)
    }

    def "a PV guest reads the vnc keys only with vnc=1 and no vfb list"() {
        expect:
        config(MINIMAL + 'vnc=1\nvnclisten="0.0.0.0"\nkeymap="fr"\n').graphics().vnc().listen() == Optional.of('0.0.0.0')
        config(MINIMAL + 'vnc=1\nvnclisten="0.0.0.0"\nkeymap="fr"\n').graphics().keymap() == Optional.of('fr')
        config(MINIMAL + 'vnclisten="0.0.0.0"\n').graphics().vnc().listen().isEmpty()
        config(MINIMAL + 'vnc=0\nvnclisten="0.0.0.0"\n').graphics().vnc().enabled() == Optional.of(false)
    }

    @Unroll
    def "flag #key=#value reads as #expected for a #type guest"() {
        expect:
        config("type=\"$type\"\n" + MINIMAL + "$key=$value\n").flag(flag) == Optional.ofNullable(expected)

        where:
        type  | key         | flag                 | value || expected
        'pv'  | 'hap'       | DomainFlag.HAP       | 0     || false
        'hvm' | 'hap'       | DomainFlag.HAP       | 1     || true
        'hvm' | 'pae'       | DomainFlag.PAE       | 0     || false
        'pv'  | 'pae'       | DomainFlag.PAE       | 0     || null
        'hvm' | 'nx'        | DomainFlag.NX        | 7     || true
        'pv'  | 'e820_host' | DomainFlag.E820_HOST | 1     || true
        'hvm' | 'e820_host' | DomainFlag.E820_HOST | 1     || null
        'pvh' | 'nomigrate' | DomainFlag.NOMIGRATE | 1     || true
        'hvm' | 'localtime' | DomainFlag.LOCALTIME | 1     || true
        'hvm' | 'acpi'      | DomainFlag.ACPI      | 0     || false
        'hvm' | 'apic'      | DomainFlag.APIC      | 0     || false
        'hvm' | 'hpet'      | DomainFlag.HPET      | 0     || false
        'hvm' | 'nestedhvm' | DomainFlag.NESTEDHVM | 1     || true
        'pv'  | 'oos'       | DomainFlag.OOS       | 0     || false
    }

    def "viridian is a flag or a list of enlightenments"() {
        expect:
        config('type="hvm"\nname="g"\nviridian=1\n').viridian() == new Viridian(Optional.of(true), [])
        config('type="hvm"\nname="g"\nviridian=["defaults","!hcall_ipi"]\n').viridian() ==
                new Viridian(Optional.of(true), ['defaults', '!hcall_ipi'])
        config('type="hvm"\nname="g"\nviridian=["base","freq"]\n').viridian() ==
                new Viridian(Optional.empty(), ['base', 'freq'])
    }

    def "PV shim keys are read for PVH guests only"() {
        expect:
        config('type="pvh"\npvshim=1\n' + MINIMAL).boot().pvShim() ==
                new PvShim(Optional.of(true), Optional.empty(), Optional.empty(), Optional.empty())
        config('type="pv"\npvshim=1\n' + MINIMAL).boot().pvShim() == PvShim.unset()
    }

    def "device model version and grant limits are typed"() {
        when:
        def c = config(MINIMAL + 'device_model_version="qemu-xen-traditional"\nmax_grant_frames=64\nmax_maptrack_frames=0x400\n')

        then:
        c.deviceModel().version() == Optional.of(DeviceModelVersion.QEMU_XEN_TRADITIONAL)
        c.grants().maxGrantFrames() == OptionalLong.of(64)
        c.grants().maxMaptrackFrames() == OptionalLong.of(1024)
    }

    def "pci devices stay strings, with their defaults"() {
        when:
        def pci = config(MINIMAL + "pci=['0000:00:06.0', '0000:00:0a.0']\npci_permissive=1\n").pci()

        then:
        pci.devices() == ['0000:00:06.0', '0000:00:0a.0']
        pci.permissive() == Optional.of(true)
        pci.msiTranslate().isEmpty()
    }

    def "vif2 earns xl's deprecation warning"() {
        expect:
        warnings(MINIMAL + 'vif2=["bridge=xenbr0"]\n') ==
                ['g.cfg:3:1: warning: vif2: netchannel2 is deprecated and not supported by xl']
    }
}
