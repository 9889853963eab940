package xsh.shell.dsl

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.toolstack.sched.DomainWeight

class ResourceMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
        dsl.guest('web')
    }

    def "memSet takes a Size, a number of MiB or xl's text, and returns the domain with its new target"() {
        expect:
        dsl.run("memSet('web', $size).target") == new Size(mib * Size.MIB)

        where:
        size                                || mib
        'new Size(128 * Size.MIB)'          || 128
        '200'                               || 200
        "'192m'"                            || 192
        '"${100 + 60}m"'                    || 160
    }

    def "memMax sets the static maximum"() {
        expect:
        dsl.run("memMax('web', 1024).maxMemory") == new Size(1024 * Size.MIB)
    }

    def "a size memSet cannot read is the command's message"() {
        when:
        dsl.run("memSet 'web', $size")

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        size       || message
        "'-5m'"    || 'invalid memory size: -5m (a size cannot be negative)'
        '[1, 2]'   || "memSet: a size is a Size (512.MiB), a number of MiB or a text such as '512m', not [1, 2] (ArrayList)"
    }

    def "vcpuSet sets the online vcpus and returns the domain"() {
        expect:
        dsl.run("vcpuSet('web', 1).onlineVcpus") == 1
    }

    def "vcpuList returns typed vcpus; vcpuPin's CPU lists are text, a number or a list of numbers"() {
        when:
        dsl.run("vcpuPin 'web', 0, $hard")
        List<Vcpu> vcpus = dsl.run("vcpuList 'web'")

        then:
        vcpus*.id == [0, 1]
        vcpus.every { it.domain == 'web' && it.online }
        vcpus[0].hard == shown
        vcpus[1].hard == 'all'
        vcpus[0].toString().startsWith('web vcpu 0 on cpu ')

        where:
        hard     || shown
        "'0-1'"  || '0-1'
        '1'      || '1'
        '[0, 1]' || '0-1'
    }

    def "vcpuList of no domain lists every domain's vcpus; of one that is missing, xl's error"() {
        expect:
        dsl.run('vcpuList()*.domain').toSet() == ['Domain-0', 'web'] as Set

        when:
        dsl.run("vcpuList 'nosuch'")

        then:
        thrown(XshException)
    }

    def "schedCredit2 reads and sets a domain's weight and cap; Groovy reads the record's components"() {
        when:
        DomainWeight before = dsl.run("schedCredit2 'web'")
        DomainWeight after = dsl.run("schedCredit2 'web', weight: 512, cap: 50")

        then:
        before.weight == 256
        dsl.run("schedCredit2('web').weight") == 512
        after.weight == 512
        after.cap == 50
        after.name == 'web'
        dsl.run('schedCredit2()*.name') == ['Domain-0', 'web']
    }

    def "a weight out of Xen's range is the command's refusal"() {
        when:
        dsl.run("schedCredit2 'web', weight: 0")

        then:
        thrown(XshException)
    }

    def "schedCredit on a host whose pools credit does not run lists nothing, and refuses a domain as xl does"() {
        expect:
        dsl.run('schedCredit()') == []

        when:
        dsl.run("schedCredit 'web'")

        then:
        def e = thrown(MultiLineException)
        e.message == 'libxl_domain_sched_params_get returned credit2 not credit.'
    }

    def "schedCredit2Pool reads and sets the pool's rate limit"() {
        when:
        PoolScheduling set = dsl.run('schedCredit2Pool ratelimit: 500')

        then:
        set.pool == 'Pool-0'
        set.scheduler == 'credit2'
        set.ratelimit == 500
        set.tslice == null
        dsl.run('schedCredit2Pool().ratelimit') == 500
        set.toString() == 'Pool-0 (credit2): ratelimit 500 us'
    }

    def "a credit pool's time slice, rate limit and migration delay, through schedCreditPool"() {
        given:
        dsl.run("cpupoolCpuRemove 'Pool-0', '6-7'; cpupoolCreate overrides: [name: 'old', sched: 'credit', cpus: '6-7']")

        when:
        PoolScheduling set = dsl.run("schedCreditPool pool: 'old', tslice: 10, ratelimit: 500")

        then:
        set.pool == 'old'
        set.scheduler == 'credit'
        set.tslice == 10
        set.ratelimit == 500
        set.toString() == 'old (credit): tslice 10 ms, ratelimit 500 us, migration delay 0 us'
    }

    def "cpupools: list, create from overrides, move cpus and domains, rename, destroy"() {
        when:
        List<Cpupool> pools = dsl.run('cpupools()')

        then:
        pools*.name == ['Pool-0']
        pools[0].scheduler == 'credit2'

        when:
        Cpupool fast = dsl.run("cpupoolCpuRemove 'Pool-0', 3; cpupoolCreate overrides: [name: 'fast', sched: 'credit', cpus: '3']")

        then:
        fast.name == 'fast'
        fast.scheduler == 'credit'
        fast.cpus == [3]
        dsl.run("cpupool('fast').cpuCount") == 1

        when:
        Domain moved = dsl.run("cpupoolMigrate 'web', 'fast'")

        then:
        moved.pool == 'fast'
        dsl.run("cpupool('fast').domainCount") == 1

        when:
        dsl.run("cpupoolMigrate 'web', 'Pool-0'; cpupoolRename 'fast', 'quick'")

        then:
        dsl.run("cpupool('quick')?.name") == 'quick'
        dsl.run("cpupool('fast')") == null

        when:
        dsl.run("cpupoolDestroy 'quick'; cpupoolCpuAdd 'Pool-0', '3'")

        then:
        dsl.run('cpupools()*.name') == ['Pool-0']
        dsl.run("cpupool('Pool-0').cpus").contains(3)
    }

    def "a cpupool that does not exist is the command's error"() {
        when:
        dsl.run("cpupoolDestroy 'nosuch'")

        then:
        thrown(XshException)
    }
}
