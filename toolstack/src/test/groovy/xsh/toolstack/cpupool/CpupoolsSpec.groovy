package xsh.toolstack.cpupool

import java.nio.file.Files
import xsh.cfg.cpupool.Scheduler
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.HostSpec
import xsh.toolstack.SimHostSpecification

class CpupoolsSpec extends SimHostSpecification {

    static BitSet cpus(Integer... ids) {
        def b = new BitSet()
        ids.each { b.set(it) }
        b
    }

    /** Pool-0 keeps pCPUs 0-3; "cp" (credit2) gets 4-5; 6-7 are free. */
    void twoPools() {
        host.removeCpusFromPool('Pool-0', cpus(4, 5, 6, 7))
        host.createCpupool('cp', Scheduler.CREDIT2, cpus(4, 5))
    }

    Map pools() {
        host.cpupools().collectEntries { [(it.name()): it.cpus()] }
    }

    // ---- cpupool-create -----------------------------------------------------------------

    def "cpupool-create FILE: the plan xl prints, then the pool"() {
        given:
        host.removeCpusFromPool('Pool-0', cpus(6, 7))
        def file = home.resolve('pool.cfg')
        Files.writeString(file, 'name = "batch"\nsched = "credit"\ncpus = "6-7"\n')
        def creator = new CpupoolCreator(host, false)

        when:
        def planned = creator.plan(Optional.of(file.toString()), [])

        then:
        planned.plan().xlLines() == ["Using config file \"$file\"", 'cpupool name:   batch', 'scheduler:      credit',
                                     'number of cpus: 2']*.toString()
        planned.warnings() == []
        !pools().containsKey('batch')

        when:
        def created = creator.create(planned.plan())

        then:
        created.name() == 'batch'
        created.scheduler() == Scheduler.CREDIT
        pools().batch == cpus(6, 7)
    }

    def "cpupool-create KEY=VALUE... without a file: the source is the command line; #settings"() {
        given:
        host.removeCpusFromPool('Pool-0', cpus(6, 7))

        when:
        def plan = new CpupoolCreator(host, false).plan(Optional.empty(), settings).plan()

        then:
        plan.source() == 'command line'
        plan.name() == name
        plan.scheduler() == sched
        plan.cpus() == cpus(*expected)

        where:
        settings                                   | name | sched             | expected
        ['name="p"']                               | 'p'  | Scheduler.CREDIT2 | []
        ['name="p"', 'cpus="6-7"', 'sched="rtds"'] | 'p'  | Scheduler.RTDS    | [6, 7]
        ['name="p"', 'cpus=[7]']                   | 'p'  | Scheduler.CREDIT2 | [7]
        ['name="p"', 'name="q"']                   | 'q'  | Scheduler.CREDIT2 | []
    }

    def "a FILE's settings are overridden by the command line's, and the name defaults to the file's"() {
        given:
        def file = home.resolve('p.cfg')
        Files.writeString(file, 'sched = "credit"\n')

        when:
        def plan = new CpupoolCreator(host, false).plan(Optional.of(file.toString()), ['sched="rtds"']).plan()

        then:
        plan.name() == 'p.cfg'
        plan.scheduler() == Scheduler.RTDS
    }

    def "cpupool-create refuses #settings: #message"() {
        when:
        new CpupoolCreator(host, false).plan(Optional.empty(), settings)

        then:
        def e = thrown(XshException)
        e.message.contains(message)
        e.exitCode() == 1
        host.cpupools().size() == 1

        where:
        settings                       | message
        []                             | 'Missing cpupool name!'
        ['name="Pool-0"']              | 'Pool name "Pool-0" already exists'
        ['name="p"', 'cpus="0"']       | 'cpu 0 illegal or not free'
        ['name="p"', 'cpus=[3]']       | 'cpu 3 illegal or not free'
        ['name="p"', 'sched="bogus"']  | 'Unknown scheduler'
        ['name="p"', 'nodes=[0]']      | 'no free cpu found'
        ['name="p"', 'cpus="x"']       | 'Invalid pcpu range: x.'
        ['name=="p"']                  | 'Failed to parse config file: Invalid argument'
    }

    def "a file that cannot be read exits 1, not create's 3"() {
        when:
        new CpupoolCreator(host, false).plan(Optional.of('nosuch.cfg'), [])

        then:
        def e = thrown(XshException)
        e.message == 'Failed to read config file: nosuch.cfg: No such file or directory'
        e.exitCode() == 1
    }

    def "the host refuses to create: libxl's line and xl's"() {
        when:
        new CpupoolCreator(host, false).create(new CpupoolCreator(host, false).plan(Optional.empty(), ['name="p"', 'sched="sedf"']).plan())

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Could not create cpupool: No such file or directory', 'error on creating cpupool']
    }

    def "nodes=[1] takes the free pCPUs of node 1"() {
        given:
        useHost(new HostSpec(8, 32 * 1024, 8192, 4, 2))
        host.removeCpusFromPool('Pool-0', cpus(5, 6, 7))

        expect:
        new CpupoolCreator(host, false).plan(Optional.empty(), ['name="n1"', 'nodes=[1]']).plan().cpus() == cpus(5, 6, 7)
    }

    // ---- cpupool-list -------------------------------------------------------------------

    def "cpupool-list: every pool, or the one named"() {
        given:
        twoPools()
        def control = new Cpupools(host, true)

        expect:
        control.list(Optional.empty())*.name() == ['Pool-0', 'cp']
        control.list(Optional.of('cp'))*.cpus() == [cpus(4, 5)]
    }

    def "cpupool-list takes names only: '#name'"() {
        when:
        new Cpupools(host, true).list(Optional.of(name))

        then:
        def e = thrown(XshException)
        e.message == "Pool '$name' does not exist"
        e.exitCode() == 1

        where:
        name << ['nosuch', '0']
    }

    // ---- destroy, rename ----------------------------------------------------------------

    def "cpupool-destroy #pool frees its pCPUs"() {
        given:
        twoPools()

        when:
        new Cpupools(host, false).destroy(pool)

        then:
        pools().keySet() == ['Pool-0'] as Set
        host.hostInfo().freeCpus() == 4

        where:
        pool << ['cp', '1']
    }

    def "cpupool-destroy refuses: #pool -> #message"() {
        given:
        twoPools()
        guest('g', 'pool = "cp"')

        when:
        new Cpupools(host, false).destroy(pool)

        then:
        def e = thrown(XshException)
        e.message == message
        pools().containsKey('cp')

        where:
        pool     | message
        'cp'     | "Can't destroy cpupool 'cp'"
        '1'      | "Can't destroy cpupool '1'"
        'Pool-0' | "Can't destroy cpupool 'Pool-0'"
        'nosuch' | "unknown cpupool 'nosuch'"
        '7'      | "unknown cpupool '7'"
        '+1'     | "unknown cpupool '+1'"   // digits only are an id
        ''       | "unknown cpupool ''"
    }

    def "cpupool-rename"() {
        given:
        twoPools()
        def control = new Cpupools(host, false)

        when:
        control.rename('1', 'web')

        then:
        pools().keySet() == ['Pool-0', 'web'] as Set

        when:
        control.rename('web', 'Pool-0')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Pool name "Pool-0" already exists', "Can't rename cpupool 'web'"]
    }

    // ---- cpu-add, cpu-remove ------------------------------------------------------------

    def "cpupool-cpu-add cp #list"() {
        given:
        twoPools()

        when:
        def lines = new Cpupools(host, false).addCpus('cp', list)

        then:
        lines == []
        pools().cp == cpus(*expected)

        where:
        list     | expected
        '6'      | [4, 5, 6]
        '6-7'    | [4, 5, 6, 7]
        '6,^6,7' | [4, 5, 7]
    }

    def "cpupool-cpu-add node:1 moves the free pCPUs of node 1"() {
        given:
        useHost(new HostSpec(8, 32 * 1024, 8192, 4, 2))
        host.removeCpusFromPool('Pool-0', cpus(4, 5, 6, 7))
        host.createCpupool('n1', Scheduler.CREDIT2, cpus())

        when:
        new Cpupools(host, false).addCpus('n1', 'node:1')

        then:
        pools().n1 == cpus(4, 5, 6, 7)
    }

    def "cpupool-cpu-add of pCPUs some of which are not free: those that can move do; xl exits 0"() {
        given:
        twoPools()

        when:
        def lines = new Cpupools(host, true).addCpus('cp', '3-6')

        then:
        def add = 'libxl: error: libxl_cpupool.c:302:libxl_cpupool_cpuadd: '
        lines == [add + 'Error moving cpu 3 to cpupool: No such device', add + 'Error moving cpu 4 to cpupool: No such device',
                  add + 'Error moving cpu 5 to cpupool: No such device', 'some cpus may not have been added to cp']
        pools().cp == cpus(4, 5, 6)

        when:
        new Cpupools(host, false).addCpus('1', '0,7')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Error moving cpu 0 to cpupool: No such device', 'some cpus may not have been added to 1']
        e.exitCode() == 1
        pools().cp == cpus(4, 5, 6, 7)
    }

    def "cpupool-cpu-add refuses before moving anything: #pool #list (#mode) -> #message"() {
        given:
        twoPools()

        when:
        new Cpupools(host, xl).addCpus(pool, list)

        then:
        def e = thrown(XshException)
        e.message == message
        pools().cp == cpus(4, 5)

        where:
        pool     | list  | xl    | message
        'nosuch' | '6'   | true  | "unknown cpupool 'nosuch'"
        'nosuch' | 'x'   | true  | 'Invalid pcpu range: x.'
        'cp'     | '7-6' | true  | 'Invalid pcpu range: 7-6.'
        'cp'     | 'x'   | false | 'invalid cpu list "x": "x" is not all, N or N-M (with N <= M), optionally after ^ and node:'
        mode = xl ? 'xl' : 'xsh'
    }

    def "cpupool-cpu-remove"() {
        given:
        twoPools()

        when:
        def lines = new Cpupools(host, false).removeCpus('cp', '5')

        then:
        lines == []
        pools().cp == cpus(4)
    }

    def "cpupool-cpu-remove of the last pCPU of a pool with domains: xl's two lines, exit 0 under xl"() {
        given:
        twoPools()
        guest('g', 'pool = "cp"')
        def libxl = 'libxl: error: libxl_cpupool.c:365:libxl_cpupool_cpuremove: '
        def expected = [libxl + 'Error removing cpu 5 from cpupool: Device or resource busy',
                        "Some cpus may have not or only partially been removed from 'cp'.",
                        "If a cpu can't be added to another cpupool, add it to 'cp' again and retry."]

        when:
        def lines = new Cpupools(host, true).removeCpus('cp', '4-5')

        then:
        lines == expected
        pools().cp == cpus(5)

        when:
        new Cpupools(host, false).removeCpus('cp', '5')

        then: 'xsh tells the same without libxl\'s prefix'
        def e = thrown(MultiLineException)
        e.lines() == [expected[0] - libxl] + expected.tail()
        e.exitCode() == 1
    }

    // ---- migrate ------------------------------------------------------------------------

    def "cpupool-migrate moves a domain; its weight starts anew"() {
        given:
        twoPools()
        def d = guest('g').domid()
        host.setSchedParams(d, xsh.hv.DomainSchedParams.of(512, 0))

        when:
        new Cpupools(host, false).migrate(domain, 'cp')

        then:
        info('g').pool() == 'cp'
        host.schedParams(d).weight().asInt == 256

        where:
        domain << ['g', '1']
    }

    def "cpupool-migrate refuses: #domain #pool -> #lines"() {
        given:
        twoPools()
        host.createCpupool('empty', Scheduler.CREDIT2, cpus())
        def d = guest('g').domid()

        when:
        new Cpupools(host, false).migrate(domain, pool)

        then:
        def e = thrown(XshException)
        (e instanceof MultiLineException ? e.lines() : [e.message]) == lines.collect { it.replace('$D', "$d") }
        e.exitCode() == 1

        where:
        domain     | pool     | lines
        'nosuch'   | 'cp'     | ["unknown domain 'nosuch'"]
        '42'       | 'cp'     | ["unknown domain '42'"]
        ''         | 'cp'     | ["unknown domain ''"]       // a name to libxl, not domain 0 as to find_domain
        'g'        | 'nosuch' | ["unknown cpupool 'nosuch'"]
        'Domain-0' | 'cp'     | ['Domain 0:Error moving domain to cpupool: Operation not permitted']
        'g'        | 'empty'  | ['Domain $D:Error moving domain to cpupool: No such file or directory']
    }

    // ---- numa-split ---------------------------------------------------------------------

    def "cpupool-numa-split: a pool per node, Pool-0 renamed after node 0, Domain-0 cut to its pCPUs"() {
        given:
        useHost(new HostSpec(8, 32 * 1024, 8192, 8, 2))

        when:
        def after = new Cpupools(host, false).numaSplit()

        then:
        after*.name() == ['Pool-node0', 'Pool-node1']
        after*.cpus() == [cpus(0, 1, 2, 3), cpus(4, 5, 6, 7)]
        after*.scheduler() == [Scheduler.CREDIT2, Scheduler.CREDIT2]
        host.domain(0).get().onlineVcpus() == 4
        host.domain(0).get().pool() == 'Pool-node0'
    }

    def "cpupool-numa-split on one node renames Pool-0 only"() {
        when:
        def after = new Cpupools(host, false).numaSplit()

        then:
        after*.name() == ['Pool-node0']
        after[0].cpus() == cpus(*0..7)
    }

    def "cpupool-numa-split with pools in use is refused"() {
        given:
        twoPools()

        when:
        new Cpupools(host, true).numaSplit()

        then:
        def e = thrown(XshException)
        e.message == 'splitting not possible, already cpupools in use'
    }
}
