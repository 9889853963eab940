package xsh.cfg.domain

import spock.lang.Specification

import static xsh.cfg.domain.DomainSupport.*

class DomainDefaultsSpec extends Specification {

    def "a minimal PV guest gets xl's and libxl's defaults"() {
        when:
        def c = config(MINIMAL)

        then:
        c.name() == 'g'
        c.type() == DomainType.PV
        c.uuid().isEmpty()
        c.pool().isEmpty()
        c.memory().targetMib() == 32
        c.memory().maxMib() == 32
        c.vcpus().online() == 1
        c.vcpus().max() == 1
        c.scheduler().weight() == 256
        c.scheduler().effectiveCap() == 0
        c.lifecycle() == LifecycleActions.defaults()
        c.lifecycle().onPoweroff() == LifecycleAction.DESTROY
        c.lifecycle().onReboot() == LifecycleAction.RESTART
        c.lifecycle().onWatchdog() == LifecycleAction.DESTROY
        c.lifecycle().onCrash() == LifecycleAction.DESTROY
        c.lifecycle().onSoftReset() == LifecycleAction.SOFT_RESET
        c.boot().kernel() == Optional.of('/boot/vmlinuz')
        c.boot().cmdline().isEmpty()
        c.boot().bootloader().isEmpty()
        c.boot().bootloaderArgs() == []
        c.flags().isEmpty()
        c.pci().devices() == []
        c.graphics() == GraphicsSettings.unset()
        c.emulatedDevices().effectiveBoot() == 'cda'
        c.deviceModel() == DeviceModel.unset()
        c.grants() == GrantLimits.unset()
        c.ignoredKeys() == []
    }

    def "a minimal guest reads without any diagnostic"() {
        expect:
        read(MINIMAL).diagnostics() == []
        read(MINIMAL).exitCode() == 0
    }

    def "each guest type reads as its xl spelling"() {
        expect:
        config("type=\"$spelling\"\n" + boot + MINIMAL).type().xlName() == spelling

        where:
        spelling | boot
        'pv'     | ''
        'pvh'    | ''
        'hvm'    | ''
    }

    def "a minimal HVM guest needs no kernel and gets the HVM defaults"() {
        when:
        def c = config('type="hvm"\nname="w"\n')

        then:
        c.type() == DomainType.HVM
        c.boot().kernel().isEmpty()
        c.boot().bios().isEmpty()
        c.boot().hvmFirmwarePath().isEmpty()
        c.graphics().vga().isEmpty()
        c.graphics().vnc() == VncSettings.unset()
        c.emulatedDevices().serial().isEmpty()
        c.emulatedDevices().usbDevice().isEmpty()
        c.emulatedDevices().effectiveBoot() == 'cda'
        c.viridian() == Viridian.unset()
        c.memory().targetMib() == 32
    }

    def "with no type and no builder the guest is PV (x86 xl's default)"() {
        expect:
        config(MINIMAL).type() == DomainType.defaultType()
        DomainType.defaultType() == DomainType.PV
    }

    def "the PV shim defaults: off, with the shim's own command line"() {
        when:
        def shim = config('type="pvh"\npvshim=1\n' + MINIMAL).boot().pvShim()

        then:
        shim.isEnabled()
        shim.cmdline().isEmpty()
        PvShim.DEFAULT_CMDLINE == 'pv-shim console=xen,pv'
        !PvShim.unset().isEnabled()
    }
}
