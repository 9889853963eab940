package xsh.shell.vcpu

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

class VcpuCommandsSpec extends Specification {

    static final String HEADER = 'Name                                ID  VCPU   CPU State   Time(s) Affinity (Hard / Soft)'

    @TempDir
    Path home

    SimShellHarness shell
    int g

    def setup() {
        shell = new SimShellHarness(home)
        g = shell.guest('g', 'vcpus = 2\nmaxvcpus = 3\nuuid = "5d7e6f80-0a1b-4c2d-8e3f-405162738495"').domid()
        shell.clock.advanceSeconds(90)
    }

    def cleanup() {
        shell.close()
    }

    // ---- vcpu-list ----------------------------------------------------------------------

    def "vcpu-list: xl's table, the CPU column shifted left of its heading, no TAB"() {
        when:
        def r = shell.run('vcpu-list')

        then:
        r.code == 0
        r.err == ''
        !r.out.contains('\t')
        r.outLines == [
                HEADER,
                'Domain-0                             0     0    4   r--       2.7  all / all',
                'Domain-0                             0     1    2   -b-       2.7  all / all',
                'Domain-0                             0     2    5   -b-       2.7  all / all',
                'Domain-0                             0     3    7   -b-       2.7  all / all',
                'g                                    1     0    5   r--      35.2  all / all',
                'g                                    1     1    2   -b-      35.2  all / all',
                'g                                    1     2    -   --p       0.0  all / all',
        ]
    }

    def "vcpu-list DOMAIN shows the pinned affinities as xl's ranges"() {
        given:
        shell.run('vcpu-pin', 'g', '0', '0-2,5', '6-7')

        when:
        def r = shell.run('vcpu-list', 'g')

        then:
        r.code == 0
        r.outLines[0] == HEADER
        r.outLines[1].endsWith('  0-2,5 / 6-7')
        r.outLines[2].endsWith('  all / all')
        r.outLines.size() == 4
    }

    def "vcpu-list --json: one object per vcpu"() {
        when:
        def r = shell.run('vcpu-list', '--json', 'g')
        def json = new JsonSlurper().parseText(r.out)

        then:
        r.code == 0
        json*.vcpu == [0, 1, 2]
        json*.online == [true, true, false]
        json[2].cpu == null
        json[0].domid == g
        json[0].name == 'g'
        json[0].hard_affinity == 'all'
    }

    def "vcpu-list of a missing domid: xl says libxl's line and exits 0; xsh fails"() {
        when:
        def xl = shell.xl(false, 'vcpu-list', '42', 'g')
        def own = shell.run('vcpu-list', '42', 'g')

        then:
        xl.code == 0
        xl.errLines == ['Domain 42:Non-existant domain']
        xl.outLines.size() == 4
        own.code == 1
        own.out == ''
        own.errLines == ["Error: Domain '42' does not exist."]
    }

    def "vcpu-list of a name that is no domain: xl prints the rows before it, xsh nothing"() {
        when:
        def xl = shell.xl(false, 'vcpu-list', 'g', 'nosuch')
        def own = shell.run('vcpu-list', 'g', 'nosuch')

        then:
        xl.code == 1
        xl.outLines.size() == 4
        xl.errLines == ['nosuch is an invalid domain identifier (rc=-6)']
        own.code == 1
        own.out == ''
        own.errLines == xl.errLines
    }

    // ---- vcpu-set -----------------------------------------------------------------------

    def "vcpu-set #args"() {
        when:
        def r = xl ? shell.xl(false, 'vcpu-set', *args) : shell.run('vcpu-set', *args)

        then:
        r.code == code
        r.out == ''
        r.errLines == lines.collect { it.replace('$G', "$g") }
        shell.host.domain(g).get().onlineVcpus() == online

        where:
        args                 | xl    | code | online | lines
        ['g', '3']           | false | 0    | 3      | []
        ['g', '1']           | true  | 0    | 1      | []
        ['g', '3x']          | true  | 0    | 3      | []
        ['g', 'x']           | true  | 1    | 2      | ['Error: Invalid argument.']
        ['g', '3x']          | false | 1    | 2      | ["invalid vcpu count '3x': expected a whole number"]
        ['g', '4']           | false | 1    | 2      | ['Domain $G:Requested 4 VCPUs, however maxcpus is 3!',
                                                        'libxl_set_vcpuonline failed domid=$G max_vcpus=4, rc: -3']
        ['g', '9']           | true  | 1    | 2      | ['You are overcommmitting! You have 8 physical CPUs and want 9 vCPUs! Aborting, use --ignore-host to continue']
        ['-i', 'g', '9']     | true  | 1    | 2      | ['libxl: error: libxl_domain.c:1869:libxl_set_vcpuonline: Domain $G:Requested 9 VCPUs, however maxcpus is 3!',
                                                        'libxl_set_vcpuonline failed domid=$G max_vcpus=9, rc: -3']
        ['--ignore-host', 'g', '2'] | false | 0 | 2  | []
        ['g']                | false | 2    | 2      | ["xsh: Missing required parameter: 'N'. Try 'xsh vcpu-set --help'."]
    }

    // ---- vcpu-pin -----------------------------------------------------------------------

    def "vcpu-pin #args pins: hard #hard, soft #soft"() {
        when:
        def r = shell.run('vcpu-pin', *args)
        def v = shell.host.vcpus(g)[1]

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        xsh.cfg.cpulist.CpuList.format(v.hardAffinity(), 8) == hard
        xsh.cfg.cpulist.CpuList.format(v.softAffinity(), 8) == soft

        where:
        args                             | hard    | soft
        ['g', '1', '2-3']                | '2-3'   | 'all'
        ['g', '1', '-', '4']             | 'all'   | '4'
        ['g', 'all', '0-3,^1', 'node:0'] | '0,2-3' | 'all'
        ['-f', 'g', '1', '7']            | '7'     | 'all'
        ['--force', 'g', '1', '6', '-']  | '6'     | 'all'
        ['-i', 'g', '1', '5', '5']       | '5'     | '5'
    }

    def "under xl's -N vcpu-pin prints the maps it would set, and sets nothing: #args"() {
        when:
        def r = shell.xl(true, 'vcpu-pin', *args)

        then:
        r.code == 0
        r.out == out
        r.err == ''
        shell.host.vcpus(g)*.hardAffinity()*.cardinality() == [8, 8, 8]

        where:
        args                         | out
        ['g', '0', '1-2']            | 'cpumap: 1-2\n'
        ['g', 'all', '-', '3,5']     | 'cpumap: - 3,5\n'
        ['g', '1', 'all', 'all']     | 'cpumap: all all\n'
        ['g', '1', '0-7', '-']       | 'cpumap: all\n'
    }

    def "vcpu-pin fails: #args -> #lines"() {
        when:
        def r = xl ? shell.xl(false, 'vcpu-pin', *args) : shell.run('vcpu-pin', *args)

        then:
        r.code == code
        r.out == ''
        r.errLines == lines.collect { it.replace('$G', "$g") }

        where:
        args                     | xl    | code | lines
        ['g', 'x', '1']          | true  | 1    | ['Error: Invalid argument x as VCPU.']
        ['-f', 'g', 'all', '1']  | true  | 1    | ["Error: --force and 'all' as VCPU not allowed."]
        ['g', '0', '3-1']        | true  | 1    | ['Invalid pcpu range: 3-1.']
        ['g', '0', '3-1']        | false | 1    | ['invalid cpu list "3-1": "3-1" is not all, N or N-M (with N <= M), optionally after ^ and node:']
        ['g', '5', '1']          | true  | 1    | ['libxl: error: libxl_sched.c:62:libxl__set_vcpuaffinity: Domain $G:Setting vcpu affinity: Invalid argument', "Could not set affinity for vcpu `5'."]
        ['g', 'all', '8-9']      | true  | 0    | ['libxl: error: libxl_sched.c:62:libxl__set_vcpuaffinity: Domain $G:Setting vcpu affinity: Invalid argument', 'Could not set affinity.']
        ['g', 'all', '8-9']      | false | 1    | ['Domain $G:Setting vcpu affinity: Invalid argument', 'Could not set affinity.']
        ['g', '0']               | false | 2    | ["xsh: Missing required parameter: 'HARD'. Try 'xsh vcpu-pin --help'."]
    }

    def "#command --help shows its usage, exit code 0"() {
        when:
        def r = shell.run(command, '--help')

        then:
        r.code == 0
        r.err == ''
        r.out.startsWith("Usage: xsh $command ")

        where:
        command << ['vcpu-list', 'vcpu-pin', 'vcpu-set']
    }
}
