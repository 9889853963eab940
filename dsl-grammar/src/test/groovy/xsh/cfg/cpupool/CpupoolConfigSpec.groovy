package xsh.cfg.cpupool

import spock.lang.Specification
import spock.lang.Unroll
import xsh.cfg.cpulist.HostTopology
import xsh.cfg.domain.SeedFiles
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.error.XshException

class CpupoolConfigSpec extends Specification {

    /** A 4-CPU host, two nodes, CPUs 2 and 3 removed from Pool-0 as the tutorial does. */
    static final CpupoolHost HOST = new CpupoolHost(HostTopology.of(0, 0, 1, 1), BitSet.valueOf([0b1100] as long[]),
            ['Pool-0'] as Set, Scheduler.CREDIT)

    static CpupoolConfigResult read(String text, String file = 'pool.cfg') {
        def source = file ?: 'command line'
        CpupoolConfigReader.read(ConfigParser.parse(ConfigSource.of(source, text)), Optional.ofNullable(file))
    }

    static CpupoolConfig config(String text, String file = 'pool.cfg') {
        def result = read(text, file)
        assert result.errors()*.render() == []
        result.orElseThrow()
    }

    def "the tutorial's pool2.cfg: pool2, credit2, CPUs 2 and 3"() {
        when:
        def parsed = SeedFiles.parse('pool2.cfg')
        def c = CpupoolConfigReader.read(parsed, Optional.of('pool2.cfg')).orElseThrow()
        def plan = CpupoolPlanner.plan(c, HOST)

        then:
        c.name() == 'pool2'
        c.scheduler() == Optional.of(Scheduler.CREDIT2)
        c.cpus() instanceof CpuSelection.CpuListString
        plan.cpus() == BitSet.valueOf([0b1100] as long[])
        plan.xlLines() == ['Using config file "pool2.cfg"', 'cpupool name:   pool2', 'scheduler:      credit2',
                           'number of cpus: 2']
    }

    @Unroll
    def "the name is name= or else the file's basename (#file)"() {
        expect:
        config(text, file).name() == name

        where:
        text            | file                    || name
        'name="p"\n'    | '/etc/xen/pool.cfg'     || 'p'
        ''              | '/etc/xen/pool.cfg'     || 'pool.cfg'
        ''              | 'pools/big'             || 'big'
        'name=["p"]\n'  | 'x.cfg'                 || 'x.cfg'
        'name="p"\n'    | null                    || 'p'
    }

    def "without name= and without a file there is no name"() {
        when:
        def result = read('sched="credit"\n', null)

        then:
        !result.isOk()
        result.errors()*.render() == ['command line: Missing cpupool name! (give name= or read the config from a file)']
    }

    @Unroll
    def "sched=#sched is #expected, case ignored"() {
        expect:
        config("sched=\"$sched\"\n").scheduler() == Optional.of(expected)

        where:
        sched      || expected
        'credit'   || Scheduler.CREDIT
        'Credit2'  || Scheduler.CREDIT2
        'RTDS'     || Scheduler.RTDS
        'null'     || Scheduler.NULL
        'arinc653' || Scheduler.ARINC653
        'sedf'     || Scheduler.SEDF
    }

    def "an unknown scheduler is xl's error at the key"() {
        expect:
        read('name="p"\nsched="bfs"\n').errors()*.render() ==
                ['pool.cfg:2:1: Unknown scheduler `bfs` (expected credit, credit2, rtds, null or arinc653)']
    }

    def "without sched= the host's scheduler is used"() {
        expect:
        config('cpus=["2"]\n').scheduler().isEmpty()
        CpupoolPlanner.plan(config('cpus=["2"]\n'), HOST).scheduler() == Scheduler.CREDIT
    }

    @Unroll
    def "#text selects #selection"() {
        expect:
        config(text).cpus() == selection

        where:
        text                     || selection
        ''                       || new CpuSelection.NoCpus()
        'cpus=["2","3"]\n'       || new CpuSelection.CpuNumbers([2, 3])
        'cpus=["3-5"," 2x"]\n'   || new CpuSelection.CpuNumbers([3, 2])
        'cpus=["x"]\n'           || new CpuSelection.CpuNumbers([0])
        'nodes=["1"]\n'          || new CpuSelection.Nodes([1])
        'nodes=[1]\ncpus="0"\n'  || new CpuSelection.Nodes([1])
    }

    def "a single nodes= value is warned about and ignored, as xl reads only a list"() {
        when:
        def result = read('nodes=1\ncpus="2-3"\n')

        then:
        result.warnings().size() == 1
        result.warnings()[0].line() == 1
        result.orElseThrow().cpus() instanceof CpuSelection.CpuListString
    }

    def "a bad CPU list string is xl's error at the value"() {
        expect:
        read('cpus="2-x"\n').errors()[0].render().startsWith('pool.cfg:1:6: Invalid pcpu range: 2-x.')
    }

    @Unroll
    def "on the host, #text gives #count CPUs #cpus"() {
        when:
        def plan = CpupoolPlanner.plan(config(text), HOST)

        then:
        plan.cpuCount() == count
        plan.cpus().stream().toArray() as List == cpus

        where:
        text                   || count | cpus
        ''                     || 0     | []
        'cpus=["2","3"]\n'     || 2     | [2, 3]
        'cpus=["2","2"]\n'     || 2     | [2]
        'cpus="3,2"\n'         || 2     | [2, 3]
        'cpus="node:1"\n'      || 2     | [2, 3]
        'nodes=["1"]\n'        || 2     | [2, 3]
        'nodes=["0","1"]\n'    || 2     | [2, 3]
    }

    @Unroll
    def "on the host, #text fails with #message"() {
        when:
        CpupoolPlanner.plan(config(text, file), HOST)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        text                       | file         || message
        'name="Pool-0"\n'          | 'pool.cfg'   || 'Pool name "Pool-0" already exists'
        'cpus=["1"]\n'             | 'pool.cfg'   || 'cpu 1 illegal or not free'
        'cpus=["-1"]\n'            | 'pool.cfg'   || 'cpu -1 illegal or not free'
        'cpus=["9"]\n'             | 'pool.cfg'   || 'cpu 9 illegal or not free'
        'cpus="0-3"\n'             | 'pool.cfg'   || 'cpu 0 illegal or not free'
        'cpus="all"\n'             | 'pool.cfg'   || 'cpu 0 illegal or not free'
        'nodes=["0"]\n'            | 'pool.cfg'   || 'no free cpu found'
        'nodes=[]\n'               | 'pool.cfg'   || 'no free cpu found'
    }

    def "all names every bit of the byte-rounded map, so even with every CPU free xl refuses it on a 4-CPU host"() {
        given:
        def allFree = new CpupoolHost(HostTopology.singleNode(4), BitSet.valueOf([0b1111] as long[]), [] as Set,
                Scheduler.CREDIT2)

        when:
        CpupoolPlanner.plan(config('cpus="all"\n'), allFree)

        then:
        def e = thrown(XshException)
        e.message == 'cpu 4 illegal or not free'
    }

    def "a syntax error makes the config unusable"() {
        expect:
        !read('name=\n').isOk()
    }
}
