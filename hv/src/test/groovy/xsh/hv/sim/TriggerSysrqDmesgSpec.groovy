package xsh.hv.sim

import xsh.hv.GuestEvent
import xsh.hv.HostSpec
import xsh.hv.HvException
import xsh.hv.Trigger

class TriggerSysrqDmesgSpec extends SimHostFixture {

    def hvm(String name, String extra = '') {
        host.create(definition("""name = "$name"
type = "hvm"
memory = 512
vcpus = 2
$extra
"""), false).domid()
    }

    def "triggers on an HVM guest: reset reboots at once, power shuts down after the delay, nmi is a console line"() {
        given:
        def d = hvm('w', 'on_reboot = "preserve"\non_poweroff = "preserve"')
        seconds(5)

        when:
        host.trigger(d, trigger, 0)
        seconds(wait)

        then: 'the pause, shutdown and dying flags'
        info(d).state().flags().substring(2) == flags
        host.console(d).lines().any { it.contains(consoleText) }

        where:
        trigger       | wait | flags  | consoleText
        Trigger.RESET | 0    | '-sr-' | 'reboot: Restarting system'
        Trigger.POWER | 1    | '-s--' | 'reboot: Power down'
        Trigger.NMI   | 0    | '----' | 'NMI received for unknown reason 30 on CPU 0.'
        Trigger.SLEEP | 0    | '----' | 'PM: suspend entry (deep)'
    }

    def "the power button is pressed but the guest acts only after the shutdown delay"() {
        given:
        def d = hvm('w', 'on_poweroff = "preserve"')

        when:
        host.trigger(d, Trigger.POWER, 0)
        seconds(0.999)

        then:
        !info(d).state().isShutdown()

        when:
        seconds(0.001)

        then:
        info(d).state().flags() == '---s--'
    }

    def "triggers a PV guest cannot take, and vcpus it does not have, are refused in libxl's words"() {
        given:
        def pv = create('p').domid()
        def w = hvm('w')

        when:
        host.trigger(domid == 'pv' ? pv : w, trigger, vcpu)

        then:
        def e = thrown(HvException)
        e.message == message

        where:
        domid | trigger          | vcpu | message
        'pv'  | Trigger.POWER    | 0    | "Send trigger 'power' failed: Invalid argument"
        'pv'  | Trigger.RESET    | 0    | "Send trigger 'reset' failed: Invalid argument"
        'hvm' | Trigger.NMI      | 2    | "Send trigger 'nmi' failed: No such process"
        'hvm' | Trigger.S3RESUME | -1   | "Send trigger 's3resume' failed: No such process"
    }

    def "an nmi reaches a PV guest too"() {
        given:
        def d = create('p').domid()
        seconds(10)

        when:
        host.trigger(d, Trigger.NMI, 0)

        then:
        host.console(d).lines().last() ==~ /\[\s*\d+\.\d{6}\] Dazed and confused, but trying to continue/
    }

    def "sysrq keys a Linux guest acts on: b reboots, o powers off, c crashes, others print a line"() {
        given:
        def d = create('g', 'on_reboot = "preserve"\non_poweroff = "preserve"\non_crash = "preserve"').domid()
        seconds(5)

        when:
        host.sysrq(d, key as char)

        then: 'the pause, shutdown and dying flags'
        info(d).state().flags().substring(2) == flags
        host.console(d).lines().any { it.endsWith(line) }

        where:
        key | flags  | line
        'b' | '-sr-' | 'sysrq: Resetting'
        'o' | '-s--' | 'sysrq: Power Off'
        'c' | '-sc-' | 'Kernel panic - not syncing: sysrq triggered crash'
        's' | '----' | 'sysrq: Emergency Sync'
        '5' | '----' | 'sysrq: Loglevel set to 5'
        'h' | '----' | 'dump-ftrace-buffer(z)'
    }

    def "a guest without PV drivers, or a FreeBSD guest, does not read the sysrq key"() {
        given:
        def freebsdKernel = java.nio.file.Files.createDirectories(home.resolve('boot/freebsd')).resolve('kernel')
        java.nio.file.Files.writeString(freebsdKernel, 'kernel')
        def d = config.startsWith('hvm') ? hvm('w', 'xen_platform_pci = 0')
                : host.create(definition("name = \"f\"\ntype = \"pvh\"\nkernel = \"$freebsdKernel\"\nmemory = 256\n"), false).domid()
        seconds(5)
        def before = host.console(d).lines()

        when:
        host.sysrq(d, 'c' as char)

        then:
        !info(d).state().isShutdown()
        host.console(d).lines() == before

        where:
        config << ['hvm without drivers', 'freebsd']
    }

    def "dmesg: Xen's boot log from the host's size, then domains as they come and go; -c empties it"() {
        given:
        def h = newHost('big', new HostSpec(16, 65536, 4096, 2, 2))

        when:
        def boot = h.dmesg(false)

        then:
        boot.startsWith('(XEN) Xen version 4.17.7 (Debian 4.17.7-1) (pkg-xen-devel@lists.alioth.debian.org)')
        boot.endsWith('\n')
        boot.readLines().every { it.startsWith('(XEN) ') }
        boot.contains('(XEN) Command line: placeholder dom0_mem=4096M,max:4096M dom0_max_vcpus=2 no-real-mode edd=off\n')
        boot.contains('(XEN) System RAM: 65536MB (67108864kB)\n')
        boot.contains('(XEN) SMP: Allowing 16 CPUs (0 hotplug CPUs)\n')
        boot.contains('(XEN) NUMA: Node 1 [')
        boot.contains('(XEN) Using scheduler: SMP Credit Scheduler rev2 (credit2)\n')
        boot.contains('(XEN) Dom0 has maximum 2 VCPUs\n')

        when:
        def d = h.create(guest('g', 'on_watchdog = "preserve"'), false).domid()
        h.inject(d, GuestEvent.WATCHDOG)
        h.destroy(d, false)
        def after = h.dmesg(true)

        then:
        after.startsWith(boot)
        after.substring(boot.length()).readLines() == [
            "(XEN) d${d}: PV domain created, 1 vcpus, 524288 KiB".toString(),
            "(XEN) Watchdog timer fired for domain $d".toString(),
            "(XEN) d${d}: domain destroyed".toString()]
        h.dmesg(false) == ''

        when:
        h.sysrq(h.create(guest('g2'), false).domid(), 'h' as char)

        then:
        h.dmesg(false).readLines().size() == 2

        cleanup:
        h?.close()
    }

    def "create without a monitor (-e): a stopped guest stays shut down, whatever its on_* action"() {
        given:
        def d = host.create(guest('g', 'on_reboot = "restart"'), false, false).domid()

        when:
        host.inject(d, event)
        seconds(10)

        then:
        info(d).state().flags() == flags
        host.monitorLog().every { it.domid() != d }

        when: 'it is destroyed, its mark goes with it'
        host.destroy(d, false)
        def again = host.create(guest('g'), false).domid()
        host.inject(again, GuestEvent.CRASH)

        then:
        info(again) == null

        where:
        event               | flags
        GuestEvent.REBOOT   | '---sr-'
        GuestEvent.POWEROFF | '---s--'
        GuestEvent.CRASH    | '---sc-'
    }

    def "the host's now is its clock's"() {
        expect:
        host.now() == clock.now()
    }
}
