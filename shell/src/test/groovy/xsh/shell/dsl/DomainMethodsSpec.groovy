package xsh.shell.dsl

import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.MultiLineException
import xsh.error.XshException

class DomainMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
    }

    def "create builds the domain the file describes and returns it, telling the file it parses on stderr"() {
        given:
        def cfg = dsl.config('web')

        when:
        Domain d = dsl.run("create '$cfg'")

        then:
        d.name == 'web'
        d.id > 0
        d.type == 'pv'
        d.memory == new Size(256 * Size.MIB)
        d.vcpus == 2
        !d.paused
        !d.shutdown
        d.pool == 'Pool-0'
        dsl.err == "Parsing config from $cfg\n"
        dsl.host { it.domainNamed('web') }.isPresent()
    }

    def "create's named arguments: paused, quiet, and overrides as a map or as key=value words"() {
        given:
        def cfg = dsl.config('web')

        when:
        Domain d = dsl.run("create '$cfg', paused: true, quiet: true, overrides: $overrides")

        then:
        d.paused
        d.state == '--p---'
        d.name == name
        d.memory.mib() == mib
        dsl.err == ''

        where:
        overrides                           || name   | mib
        "[memory: 512]"                     || 'web'  | 512
        "[name: 'web2', memory: 128]"       || 'web2' | 128
        "['memory=384']"                    || 'web'  | 384
        "'name=\"web3\"'"                   || 'web3' | 256
    }

    def "a file create refuses is xl's message and exit code, and builds nothing"() {
        when:
        dsl.run("create '${home.resolve('missing.cfg')}'")

        then:
        def e = thrown(XshException)
        e.message == "Failed to read config file: ${home.resolve('missing.cfg')}: No such file or directory"
        e.exitCode() == 3
        dsl.host { it.domains() }.size() == 1
    }

    def "a name already taken is libxl's refusal, exit code 6"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("create '${dsl.config('web')}', quiet: true")

        then:
        def e = thrown(MultiLineException)
        e.exitCode() == 6
        e.message.contains('web')
    }

    def "list returns every domain as a typed snapshot, Domain-0 first"() {
        given:
        dsl.guest('web')
        dsl.guest('mail')
        dsl.run("pause 'mail'")

        expect:
        dsl.run('list()*.name') == ['Domain-0', 'web', 'mail']
        dsl.run('list().findAll { it.paused }*.name') == ['mail']
        dsl.run('list()[0].domain0') == true
    }

    def "domain(x) finds a domain by name, domid or Domain, and is null when there is none"() {
        given:
        def web = dsl.guest('web')

        expect:
        dsl.run("domain('web').id") == web.id
        dsl.run("domain(${web.id}).name") == 'web'
        dsl.run("domain(domain('web')).name") == 'web'
        dsl.run("domain('nosuch')") == null
        dsl.run("domain('nosuch')?.running") == null
        dsl.run("domain(999)") == null
    }

    def "a Domain is a snapshot: asking again sees a change"() {
        given:
        dsl.guest('web')

        expect:
        dsl.run("def d = domain('web'); pause d; [d.paused, domain('web').paused]") == [false, true]
    }

    def "a Domain's properties: sizes, durations, flags, and a toString a person reads"() {
        given:
        dsl.guest('web')
        dsl.clock.advanceSeconds(90)

        when:
        Domain d = dsl.run("domain 'web'")

        then:
        d.target == new Size(256 * Size.MIB)
        d.maxMemory >= d.target
        d.onlineVcpus == 2
        d.uptime >= Duration.ofSeconds(90)
        d.cpuTime instanceof Duration
        d.uuid ==~ /[0-9a-f-]{36}/
        !d.crashed && !d.dying
        d.shutdownReason == null
        d.toString() ==~ /web \(domid \d+, [-rbpscd]{6}, 256 MiB, 2\/2 vcpus\)/
    }

    def "pause and unpause nest and return the domain as it is after"() {
        given:
        dsl.guest('web')

        expect:
        dsl.run("pause 'web'; pause('web').pauseCount") == 2
        dsl.run("unpause('web').paused") == true
        dsl.run("unpause('web').paused") == false
    }

    def "unpausing a domain that is not paused is an error with xl's lines, not ignored"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("unpause 'web'")

        then:
        def e = thrown(MultiLineException)
        e.exitCode() == 1
        e.lines().last() ==~ /unpause failed \(rc=-?\d+\)/
    }

    def "a domain that does not exist is xl's message"() {
        when:
        dsl.run("$call")

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        e.exitCode() == 1

        where:
        call << ["pause 'nosuch'", "destroy 'nosuch'", "memSet 'nosuch', 128", "save 'nosuch', 'x.save'"]
    }

    def "destroy removes the domain; Domain-0 only with force"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("destroy 'web'")

        then:
        dsl.run("domain 'web'") == null

        when:
        dsl.run("destroy 0")

        then:
        def e = thrown(MultiLineException)
        e.lines()[0] == 'Not destroying domain 0; use -f to force.'
    }

    def "rename returns the domain under its new name"() {
        given:
        def web = dsl.guest('web')

        when:
        Domain d = dsl.run("rename 'web', 'www'")

        then:
        d.name == 'www'
        d.id == web.id
    }

    def "shutdown with wait returns once the guest has shut down, telling xl's steps on stderr"() {
        given:
        def web = dsl.guest('web')

        when:
        dsl.run("shutdown 'web', wait: true")

        then:
        dsl.err.startsWith("Shutting down domain ${web.id}\n")
        dsl.run("domain 'web'")?.running != true
    }

    def "shutdown's timeout ends the wait for a guest that does not act, with an error"() {
        given:
        dsl.guest('web')
        dsl.run("pause 'web'")

        when:
        dsl.run("shutdown 'web', wait: true, timeout: $timeout")

        then:
        def e = thrown(XshException)
        e.message == "shutdown: web has not shut down after $shown"
        e.exitCode() == 1

        where:
        timeout                       || shown
        '5'                           || '5 s'
        '2.5'                         || '2.5 s'
        'java.time.Duration.ofMinutes(1)' || '60 s'
    }

    def "a timeout without a wait is refused"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("reboot 'web', timeout: 5")

        then:
        def e = thrown(XshException)
        e.message == "reboot: a timeout is for a wait: give wait: true or 'gone' too"
    }

    def "shutdown without a domain needs all: true"() {
        when:
        dsl.run('shutdown([:])')

        then:
        def e = thrown(XshException)
        e.message == 'shutdown: give a domain, or all: true'
    }

    def "shutdown's wait is true, false or 'gone'"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("shutdown 'web', wait: 'yes'")

        then:
        def e = thrown(XshException)
        e.message == "shutdown: argument 'wait' must be true, false or 'gone', not 'yes'"
    }

    def "reboot asks the guest to reboot"() {
        given:
        dsl.guest('web')

        when:
        dsl.run("reboot 'web'")

        then:
        dsl.err.startsWith('Rebooting domain')
        dsl.changes == ['reboot web']
    }
}
