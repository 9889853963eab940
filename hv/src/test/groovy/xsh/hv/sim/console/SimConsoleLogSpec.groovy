package xsh.hv.sim.console

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.domain.DomainType
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.error.XshException
import xsh.hv.ShutdownReason

class SimConsoleLogSpec extends Specification {

    static final long SECOND = 1_000_000_000L

    @TempDir
    Path dir

    /** Lines with Linux's timestamps as [T], for specs about the text. */
    static List<String> untimed(List<String> lines) {
        lines*.replaceAll(/^\[ *\d+\.\d{6}\] /, '[T] ')
    }

    /** The seconds of a Linux line's timestamp. */
    static BigDecimal stamp(String line) {
        new BigDecimal(line.substring(1, 13).trim())
    }

    SimConsoleLog console(String name = 'debian', DomainType type = DomainType.PV, String kernel = '/boot/vmlinuz') {
        SimConsoleLog.open(dir.resolve(name), new ConsoleGuest(name, type, Optional.ofNullable(kernel)))
    }

    def "#name (#type, kernel #kernel) boots as #os: #first first, then '#name login: ' on #tty"() {
        when:
        def lines = console(name, type, kernel).advanceTo(30 * SECOND).lines()

        then:
        lines.first() == first
        lines.last() == "${name} login: "
        lines.any { it.contains(tty) }
        console(name, type, kernel).os() == os

        where:
        name      | type            | kernel                 || os              | tty     | first
        'debian'  | DomainType.PV   | '/boot/vmlinuz'        || GuestOs.LINUX   | 'hvc0'  | '[    0.000000] Linux version 6.6.14-0-virt (buildozer@build-3-19-x86_64) (gcc (Alpine 13.2.1_git20231014) 13.2.1 20231014, GNU ld (GNU Binutils) 2.41) #1-Alpine SMP PREEMPT_DYNAMIC Fri, 26 Jan 2024 11:08:07 +0000'
        'alpine'  | DomainType.PVH  | 'vmlinuz-virt'         || GuestOs.LINUX   | 'hvc0'  | '[    0.000000] Linux version 6.6.14-0-virt (buildozer@build-3-19-x86_64) (gcc (Alpine 13.2.1_git20231014) 13.2.1 20231014, GNU ld (GNU Binutils) 2.41) #1-Alpine SMP PREEMPT_DYNAMIC Fri, 26 Jan 2024 11:08:07 +0000'
        'web'     | DomainType.HVM  | null                   || GuestOs.LINUX   | 'ttyS0' | 'SeaBIOS (version rel-1.16.3-0-Xen)'
        'guest'   | DomainType.PVH  | '/root/freebsd/kernel' || GuestOs.FREEBSD | 'xc0'   | '---<<BOOT>>---'
        'bsd'     | DomainType.PVH  | '/boot/kernel/kernel'  || GuestOs.FREEBSD | 'xc0'   | '---<<BOOT>>---'
        'freebsd' | DomainType.HVM  | null                   || GuestOs.FREEBSD | 'ttyu0' | 'SeaBIOS (version rel-1.16.3-0-Xen)'
    }

    def "a #type guest's lines appear over its first seconds, the prompt last, then nothing while it idles"() {
        given:
        def c = console('g', type, kernel)

        expect:
        c.advanceTo(0).lines() == []
        c.advanceTo(SECOND).lines().size() in 3..15
        !c.lines().last().endsWith('login: ')
        c.advanceTo(6 * SECOND).lines().last() == 'g login: '
        c.advanceTo(3600 * SECOND).lines() == c.advanceTo(6 * SECOND).lines()

        where:
        type           | kernel
        DomainType.PV  | '/boot/vmlinuz'
        DomainType.PVH | '/boot/kernel/kernel'
        DomainType.HVM | null
    }

    def "the same guest at the same running time prints the same lines, another name boots at its own pace"() {
        expect:
        console('a').advanceTo(SECOND).lines() == console('a').advanceTo(SECOND).lines()
        console('a').advanceTo(SECOND).lines()[4..8] != console('b').advanceTo(SECOND).lines()[4..8]
    }

    def "Linux timestamps count from the kernel's start and grow with the lines"() {
        when:
        def stamps = console('g', DomainType.HVM, null).advanceTo(10 * SECOND).lines()
                .findAll { it.startsWith('[') }
                .collect { new BigDecimal(it.substring(1, 13).trim()) }

        then:
        stamps.first() == 0
        stamps == stamps.sort(false)
        stamps.last() < 2
    }

    def "following with linesAfter sees every line once, in order"() {
        given:
        def c = console('follow', DomainType.PVH, '/boot/kernel/kernel')
        def followed = []

        when:
        (0..40).each { tenth ->
            c.advanceTo(tenth * SECOND.intdiv(10))
            followed.addAll(c.linesAfter(followed.size()))
            if (tenth == 30) {
                c.record(ConsoleEvent.REBOOT, 3 * SECOND)
            }
        }

        then:
        followed == c.lines()
        followed.last() == 'Rebooting...'
        c.linesAfter(followed.size()) == []
        c.linesAfter(1000) == []
    }

    def "events persist in console.events: another process sees them after the boot"() {
        given:
        def c = console()
        c.advanceTo(60 * SECOND)
        c.record(ConsoleEvent.POWEROFF, 60 * SECOND)

        when:
        def seen = console().advanceTo(60 * SECOND).lines()

        then:
        untimed(seen.takeRight(8)) == [
                ' * Stopping crond ... [ ok ]',
                ' * Stopping sshd ... [ ok ]',
                ' * Stopping networking ... [ ok ]',
                'The system is going down NOW!',
                'Sent SIGTERM to all processes',
                'Sent SIGKILL to all processes',
                'Requesting system poweroff',
                '[T] reboot: Power down']
        stamp(seen.last()) > 59.99 && stamp(seen.last()) < 60 // the kernel started a few ms after the domain
        seen[seen.size() - 9] == 'debian login: '
        Files.exists(dir.resolve('debian/console.events'))
    }

    def "a crash during boot stops the boot: a panic, and no login prompt ever"() {
        given:
        def c = console()
        c.advanceTo(SECOND.intdiv(2))
        def before = c.lines()

        when:
        c.record(ConsoleEvent.CRASH, SECOND.intdiv(2))
        def after = c.advanceTo(60 * SECOND).lines()

        then:
        after.take(before.size()) == before
        untimed(after.drop(before.size())) == [
                '[T] sysrq: Trigger a crash',
                '[T] Kernel panic - not syncing: sysrq triggered crash',
                '[T] CPU: 0 PID: 2231 Comm: sh Not tainted 6.6.14-0-virt #1-Alpine',
                '[T] ---[ end Kernel panic - not syncing: sysrq triggered crash ]---']
        !after.contains('debian login: ')
    }

    def "#event on FreeBSD prints #last after an uptime of #uptime"() {
        given:
        def c = console('bsd', DomainType.PVH, '/boot/kernel/kernel')

        when:
        c.record(event, seconds * SECOND)
        def lines = c.lines()

        then:
        lines.last() == last
        lines.contains("Uptime: ${uptime}".toString()) == (uptime != null)

        where:
        event                   | seconds || uptime     | last
        ConsoleEvent.POWEROFF   | 62      || '1m2s'     | 'The operating system has halted.'
        ConsoleEvent.REBOOT     | 3700    || '1h1m40s'  | 'Rebooting...'
        ConsoleEvent.CRASH      | 90000   || '1d1h0m0s' | 'Uptime: 1d1h0m0s'
        ConsoleEvent.WATCHDOG   | 9       || null       | 'watchdog: timeout, the system is not responding'
        ConsoleEvent.SUSPEND    | 9       || null       | 'xenstore0: suspending'
    }

    def "a checkpoint's suspend and resume leave the guest at its prompt"() {
        given:
        def c = console()
        c.advanceTo(30 * SECOND)
        c.record(ConsoleEvent.SUSPEND, 30 * SECOND)
        c.record(ConsoleEvent.RESUME, 30 * SECOND)

        expect:
        untimed(c.lines().takeRight(8)) == [
                'debian login: ',
                '[T] Freezing user space processes',
                '[T] Freezing user space processes completed (elapsed 0.001 seconds)',
                '[T] OOM killer disabled.',
                '[T] Freezing remaining freezable tasks completed (elapsed 0.001 seconds)',
                '[T] xen:grant_table: Grant tables using version 1 layout',
                '[T] OOM killer enabled.',
                '[T] Restarting tasks ... done.']
    }

    def "a soft reset boots the guest again, with timestamps from its new kernel"() {
        given:
        def c = console()
        c.advanceTo(20 * SECOND)
        c.record(ConsoleEvent.SOFT_RESET, 20 * SECOND)

        when:
        def lines = c.advanceTo(40 * SECOND).lines()

        then:
        lines.count { it == 'debian login: ' } == 2
        def kexec = lines.find { it.endsWith('] kexec_core: Starting new kernel') }
        stamp(kexec) > 19.99 && stamp(kexec) < 20
        lines.findAll { it.contains('] Linux version') }*.take(14) == ['[    0.000000]', '[    0.000000]']
        lines.indexOf(kexec) < lines.lastIndexOf('[    0.000000] Command line: root=/dev/xvda2 ro modules=ext4 console=hvc0')
        lines.last() == 'debian login: '
    }

    def "an event is never placed before one already recorded"() {
        given:
        def c = console()
        c.record(ConsoleEvent.SUSPEND, 50 * SECOND)

        when: 'a second process, given an older running time'
        def other = console()
        other.append('xsh: memory target 512 MiB', 10 * SECOND)

        then:
        other.advanceTo(50 * SECOND).lines().last() == 'xsh: memory target 512 MiB'
    }

    def "the host's own lines keep to one line"() {
        given:
        def c = console()

        when:
        c.append('a\tb\nc', 0)

        then:
        c.lines() == ['a b c']
    }

    def "an append torn by a crash is ignored, and cut off by the next append"() {
        given:
        def c = console()
        c.record(ConsoleEvent.SUSPEND, 0)
        def file = dir.resolve('debian/console.events')
        Files.write(file, '5000000000\tRESUME\t[    5.0'.bytes, java.nio.file.StandardOpenOption.APPEND)

        expect:
        c.lines().size() == 4

        when:
        c.append('after the crash', 0)

        then:
        c.lines().size() == 5
        Files.readAllLines(file).size() == 2
        c.lines().last() == 'after the crash'
    }

    def "a damaged console.events is refused with a message naming the file and the line"() {
        given:
        def file = dir.resolve('debian/console.events')
        Files.createDirectories(file.parent)
        Files.writeString(file, '0\tLINE\tok\nnot a number\tLINE\tx\n')

        when:
        console().lines()

        then:
        def e = thrown(XshException)
        e.message == "console log ${file} is damaged at line 2: not a number\tLINE\tx"
    }

    def "delete removes the events; the guest's own lines remain computable"() {
        given:
        def c = console()
        c.record(ConsoleEvent.CRASH, 0)

        when:
        c.delete()

        then:
        !Files.exists(dir.resolve('debian/console.events'))
        c.advanceTo(10 * SECOND).lines().last() == 'debian login: '
    }

    def "a guest is described by its config: name, type and kernel"() {
        given:
        def source = ConfigSource.of('f.cfg', 'name = "freebsd"\ntype = "pvh"\nkernel = "/root/freebsd/kernel"\nmemory = 1024\n')
        def config = DomainConfigReader.read(ConfigParser.parse(source)).orElseThrow()

        expect:
        ConsoleGuest.of(config) == new ConsoleGuest('freebsd', DomainType.PVH, Optional.of('/root/freebsd/kernel'))
    }

    def "every shutdown reason has its console event"() {
        expect:
        ShutdownReason.values().collect { ConsoleEvent.of(it).name() } == ShutdownReason.values()*.name()
    }
}
