package xsh.shell.cpupool

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.cpupool.Scheduler
import xsh.hv.HostSpec
import xsh.shell.SimShellHarness

class CpupoolCommandsSpec extends Specification {

    static final String HEADER = 'Name               CPUs   Sched     Active   Domain count'

    @TempDir
    Path home

    SimShellHarness shell

    def setup() {
        shell = new SimShellHarness(home)
    }

    def cleanup() {
        shell.close()
    }

    static BitSet cpus(Integer... ids) {
        def b = new BitSet()
        ids.each { b.set(it) }
        b
    }

    /** Pool-0 keeps 0-3, "cp" (credit) has 4-5, 6-7 are free. */
    void twoPools() {
        shell.host.removeCpusFromPool('Pool-0', cpus(4, 5, 6, 7))
        shell.host.createCpupool('cp', Scheduler.CREDIT, cpus(4, 5))
    }

    def "cpupool-list: xl's table, byte for byte"() {
        given:
        twoPools()
        shell.guest('g', 'pool = "cp"')

        expect:
        shell.run('cpupool-list').out == HEADER + '\n' +
                'Pool-0               4   credit2       y          1\n' +
                'cp                   2    credit       y          1\n'
        shell.run('cpupool-list', '-c').out == 'Name               CPU list\n' +
                'Pool-0             0,1,2,3\n' +
                'cp                 4,5\n'
        shell.xl(false, 'cpupool-list', '--cpus', 'cp').out == 'Name               CPU list\ncp                 4,5\n'
        shell.run('cpupool-list', 'Pool-0').out == HEADER + '\nPool-0               4   credit2       y          1\n'
    }

    def "cpupool-list --json"() {
        given:
        twoPools()

        expect:
        new JsonSlurper().parseText(shell.run('cpupool-list', '--json').out) == [
                [id: 0, name: 'Pool-0', scheduler: 'credit2', cpus: [0, 1, 2, 3], domains: 1],
                [id: 1, name: 'cp', scheduler: 'credit', cpus: [4, 5], domains: 0]]
    }

    def "cpupool-list of a pool that does not exist"() {
        when:
        def r = shell.run('cpupool-list', '0')

        then:
        r.code == 1
        r.errLines == ["Pool '0' does not exist"]
    }

    def "cpupool-create: xl's four lines, then the pool; -n only the lines"() {
        given:
        twoPools()
        def file = home.resolve('batch.cfg')
        Files.writeString(file, 'sched = "credit2"\ncpus = ["6", "7"]\n')

        when:
        def dry = shell.run('cpupool-create', '-n', file.toString(), 'name="b"')

        then:
        dry.code == 0
        dry.err == ''
        dry.outLines == ["Using config file \"$file\"", 'cpupool name:   b', 'scheduler:      credit2',
                         'number of cpus: 2']*.toString()
        shell.host.cpupools().size() == 2

        when:
        def made = shell.run('cpupool-create', '-f', file.toString())

        then:
        made.code == 0
        made.outLines[1] == 'cpupool name:   batch.cfg'
        shell.host.cpupools()*.name() == ['Pool-0', 'cp', 'batch.cfg']
    }

    def "under xl's -N cpupool-create creates nothing"() {
        when:
        def r = shell.xl(true, 'cpupool-create', 'name="p"')

        then:
        r.code == 0
        r.outLines == ['Using config file "command line"', 'cpupool name:   p', 'scheduler:      credit2',
                       'number of cpus: 0']
        shell.host.cpupools().size() == 1
    }

    def "cpupool-create fails: #args -> #lines"() {
        when:
        def r = shell.run('cpupool-create', *args)

        then:
        r.code == code
        r.errLines == lines
        shell.host.cpupools().size() == 1

        where:
        args                        | code | lines
        ['name="Pool-0"']           | 1    | ['Pool name "Pool-0" already exists']
        ['name="p"', 'cpus="1"']    | 1    | ['cpu 1 illegal or not free']
        ['nosuch.cfg']              | 1    | ['Failed to read config file: nosuch.cfg: No such file or directory']
        ['a.cfg', 'b.cfg']          | 2    | ["xsh: cpupool-create takes one config file, not 'a.cfg' and 'b.cfg'. Try 'xsh cpupool-create --help'."]
    }

    def "#args succeeds quietly"() {
        given:
        twoPools()

        when:
        def r = shell.run(*args)

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        shell.host.cpupools().collectEntries { [(it.name()): it.cpus()] } == pools

        where:
        args                                    | pools
        ['cpupool-destroy', 'cp']               | ['Pool-0': cpus(0, 1, 2, 3)]
        ['cpupool-destroy', '1']                | ['Pool-0': cpus(0, 1, 2, 3)]
        ['cpupool-rename', 'cp', 'web']         | ['Pool-0': cpus(0, 1, 2, 3), web: cpus(4, 5)]
        ['cpupool-cpu-add', 'cp', '6-7']        | ['Pool-0': cpus(0, 1, 2, 3), cp: cpus(4, 5, 6, 7)]
        ['cpupool-cpu-add', 'Pool-0', '6,^6,7'] | ['Pool-0': cpus(0, 1, 2, 3, 7), cp: cpus(4, 5)]
        ['cpupool-cpu-remove', 'Pool-0', '2-3'] | ['Pool-0': cpus(0, 1), cp: cpus(4, 5)]
    }

    def "cpupool-cpu-add of pCPUs not all free: xl exits 0 with its line, xsh exits 1"() {
        given:
        twoPools()

        when:
        def xl = shell.xl(false, 'cpupool-cpu-add', 'cp', '3,6')

        then:
        xl.code == 0
        xl.errLines == ['libxl: error: libxl_cpupool.c:302:libxl_cpupool_cpuadd: Error moving cpu 3 to cpupool: No such device',
                        'some cpus may not have been added to cp']
        shell.host.cpupools()[1].cpus() == cpus(4, 5, 6)

        when:
        def own = shell.run('cpupool-cpu-add', 'cp', '3,7')

        then:
        own.code == 1
        own.errLines == ['Error moving cpu 3 to cpupool: No such device', 'some cpus may not have been added to cp']
        shell.host.cpupools()[1].cpus() == cpus(4, 5, 6, 7)
    }

    def "cpupool-cpu-remove that leaves a pool with domains without pCPUs: xl's two lines"() {
        given:
        twoPools()
        shell.guest('g', 'pool = "cp"')
        def lines = ['Error removing cpu 5 from cpupool: Device or resource busy',
                     "Some cpus may have not or only partially been removed from 'cp'.",
                     "If a cpu can't be added to another cpupool, add it to 'cp' again and retry."]

        when:
        def xl = shell.xl(false, 'cpupool-cpu-remove', 'cp', '4-5')
        def own = shell.run('cpupool-cpu-remove', 'cp', '5')

        then:
        xl.code == 0
        xl.errLines == ['libxl: error: libxl_cpupool.c:365:libxl_cpupool_cpuremove: ' + lines[0]] + lines.tail()
        own.code == 1
        own.errLines == lines
    }

    def "cpupool-migrate moves a domain; cpupool-list counts it"() {
        given:
        twoPools()
        shell.guest('g')

        when:
        def r = shell.run('cpupool-migrate', 'g', 'cp')

        then:
        r.code == 0
        r.err == ''
        shell.host.domainNamed('g').get().pool() == 'cp'
        shell.run('cpupool-list', 'cp').outLines[1] == 'cp                   2    credit       y          1'
    }

    def "#args fails with #lines"() {
        given:
        twoPools()
        shell.guest('g', 'pool = "cp"')

        when:
        def r = xl ? shell.xl(false, *args) : shell.run(*args)

        then:
        r.code == code
        r.out == ''
        r.errLines == lines

        where:
        args                                         | xl    | code | lines
        ['cpupool-destroy', 'cp']                    | false | 1    | ["Can't destroy cpupool 'cp'"]
        ['cpupool-destroy', 'nosuch']                | true  | 1    | ["unknown cpupool 'nosuch'"]
        ['cpupool-rename', 'cp', 'Pool-0']           | false | 1    | ['Pool name "Pool-0" already exists', "Can't rename cpupool 'cp'"]
        ['cpupool-cpu-add', 'cp', 'x']               | true  | 1    | ['Invalid pcpu range: x.']
        ['cpupool-cpu-add', 'nosuch', '6']           | true  | 1    | ["unknown cpupool 'nosuch'"]
        ['cpupool-migrate', 'nosuch', 'cp']          | true  | 1    | ["unknown domain 'nosuch'"]
        ['cpupool-migrate', 'Domain-0', 'cp']        | false | 1    | ['Domain 0:Error moving domain to cpupool: Operation not permitted']
        ['cpupool-numa-split']                       | true  | 1    | ['splitting not possible, already cpupools in use']
        ['cpupool-rename', 'cp']                     | false | 2    | ["xsh: Missing required parameter: 'NEW_NAME'. Try 'xsh cpupool-rename --help'."]
        ['cpupool-cpu-add', 'cp']                    | false | 2    | ["xsh: Missing required parameter: 'CPUS'. Try 'xsh cpupool-cpu-add --help'."]
    }

    def "cpupool-numa-split on a two-node host"() {
        given:
        shell.close()
        shell = new SimShellHarness(home.resolve('numa'), new HostSpec(8, 32 * 1024, 8192, 4, 2))

        when:
        def r = shell.run('cpupool-numa-split')

        then:
        r.code == 0
        r.err == ''
        shell.run('cpupool-list', '-c').outLines == ['Name               CPU list', 'Pool-node0         0,1,2,3',
                                                     'Pool-node1         4,5,6,7']
    }

    def "#command --help shows its usage, exit code 0"() {
        when:
        def r = shell.run(command, '--help')

        then:
        r.code == 0
        r.err == ''
        r.out.startsWith("Usage: xsh $command ")

        where:
        command << ['cpupool-create', 'cpupool-list', 'cpupool-destroy', 'cpupool-rename', 'cpupool-cpu-add', 'cpupool-cpu-remove', 'cpupool-migrate', 'cpupool-numa-split']
    }
}
