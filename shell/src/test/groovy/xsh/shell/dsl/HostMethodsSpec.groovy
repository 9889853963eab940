package xsh.shell.dsl

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException
import xsh.hv.HostInfo

class HostMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
    }

    def "info returns the host; Groovy reads the record's components as properties, its other methods need ()"() {
        when:
        HostInfo info = dsl.run('info()')

        then:
        dsl.run('info().nrCpus') == info.nrCpus()
        dsl.run('info().totalMemoryMib') == info.totalMemoryMib()
        dsl.run('info().xenVersion()') == info.xenVersion()
    }

    def "uptime of a domain is a Duration; of none, each domain's by name"() {
        given:
        dsl.guest('web')
        dsl.clock.advanceSeconds(120)

        expect:
        dsl.run("uptime 'web'") >= Duration.ofSeconds(120)
        dsl.run('uptime().keySet() as List') == ['Domain-0', 'web']
        dsl.run("uptime()['web']") >= Duration.ofSeconds(120)
    }

    def "domid and domname translate, with xl's message for a missing domain"() {
        given:
        def web = dsl.guest('web')

        expect:
        dsl.run("domid 'web'") == web.id
        dsl.run("domname $web.id") == 'web'

        when:
        dsl.run("domid 'nosuch'")

        then:
        def e = thrown(XshException)
        e.message == "Can't get domid of domain name 'nosuch', maybe this domain does not exist."
    }

    def "dmesg returns the hypervisor's ring; clear empties it"() {
        when:
        String text = dsl.run('dmesg()')

        then:
        text.contains('Xen')

        when:
        dsl.run('dmesg clear: true')

        then:
        dsl.run('dmesg()') == ''
    }

    def "console returns what the domain printed so far"() {
        given:
        dsl.guest('web')
        dsl.clock.advanceSeconds(30)

        expect:
        dsl.run("console 'web'").readLines().size() > 1
    }

    def "trigger and sysrq reach the guest; an unknown trigger is xl's message"() {
        given:
        def web = dsl.guest('web')

        when:
        dsl.run("sysrq 'web', 'h'")
        dsl.run("trigger 'web', 'nmi'")

        then:
        dsl.changes == ['trigger web nmi']

        when:
        dsl.run("trigger 'web', 'bogus'")

        then:
        def e = thrown(XshException)
        e.message == 'Invalid trigger "bogus"'
    }

    def "dumpCore writes an ELF core and the domain runs on"() {
        given:
        dsl.guest('web')
        def core = home.resolve('web.core')

        when:
        dsl.run("dumpCore 'web', '$core'")

        then:
        Files.readAllBytes(core)[0..3] == [0x7f, 'E' as char, 'L' as char, 'F' as char] as byte[]
        !dsl.run("domain('web').paused")
    }

    def "truncate makes a sparse file in a mounted filesystem of the host's storage"() {
        given:
        dsl.run("zfs.create 'zroot/vm'")
        def mountpoint = dsl.run("zfs.dataset('zroot/vm').mountpoint")

        when:
        dsl.run("truncate '$mountpoint/disk.img', new Size(64 * Size.MIB)")

        then:
        dsl.changes == ["truncate -s 67108864 $mountpoint/disk.img"]
        noExceptionThrown()
    }
}
