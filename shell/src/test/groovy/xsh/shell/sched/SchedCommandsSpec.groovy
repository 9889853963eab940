package xsh.shell.sched

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.cpupool.Scheduler
import xsh.shell.SimShellHarness

/** Pool-0 runs credit2 with Domain-0 and "g"; the credit pool "cp" (pCPUs 4-7) has "c". */
class SchedCommandsSpec extends Specification {

    static final String HEADER = 'Name                                ID Weight  Cap'

    @TempDir
    Path home

    SimShellHarness shell
    int g
    int c

    def setup() {
        shell = new SimShellHarness(home)
        def upper = new BitSet()
        upper.set(4, 8)
        shell.host.removeCpusFromPool('Pool-0', upper)
        shell.host.createCpupool('cp', Scheduler.CREDIT, upper)
        g = shell.guest('g', 'vcpus = 2').domid()
        c = shell.guest('c', 'pool = "cp"').domid()
    }

    def cleanup() {
        shell.close()
    }

    def "sched-credit2 lists each credit2 pool and its domains, byte for byte"() {
        when:
        def r = shell.run('sched-credit2')

        then:
        r.code == 0
        r.err == ''
        r.out == 'Cpupool Pool-0: ratelimit=1000us\n' +
                HEADER + '\n' +
                'Domain-0                             0    256    0\n' +
                'g                                    1    256    0\n'
    }

    def "sched-credit lists the credit pools only"() {
        when:
        def r = shell.run('sched-credit')

        then:
        r.code == 0
        r.out == 'Cpupool cp: tslice=30ms ratelimit=1000us migration-delay=0us\n' +
                HEADER + '\n' +
                'c                                    2    256    0\n'
    }

    def "#args: #out"() {
        when:
        def r = xl ? shell.xl(false, *args) : shell.run(*args)

        then:
        r.code == 0
        r.err == ''
        r.out == out

        where:
        args                                     | xl    | out
        ['sched-credit2', '-d', 'g']             | false | HEADER + '\ng                                    1    256    0\n'
        ['sched-credit', '--domain=c']           | true  | HEADER + '\nc                                    2    256    0\n'
        ['sched-credit2', '-s']                  | false | 'Cpupool Pool-0: ratelimit=1000us\n'
        ['sched-credit', '-s', '-p', 'cp']       | false | 'Cpupool cp: tslice=30ms ratelimit=1000us migration-delay=0us\n'
        ['sched-credit', '-s', '--cpupool', '1'] | true  | 'Cpupool cp: tslice=30ms ratelimit=1000us migration-delay=0us\n'
        ['sched-credit2', '-p', 'cp']            | true  | ''
        ['sched-credit2', '-r', '5000']          | true  | 'Cpupool Pool-0: ratelimit=1000us\n' + HEADER + '\n' +
                'Domain-0                             0    256    0\ng                                    1    256    0\n'
    }

    def "setting: #args"() {
        when:
        def r = shell.run(*args)

        then:
        r.code == 0
        r.out == ''
        r.err == ''
        shell.run(*show).out == after

        where:
        args                                                     | show                               | after
        ['sched-credit2', '-d', 'g', '-w', '512']                | ['sched-credit2', '-d', 'g']       | HEADER + '\ng                                    1    512    0\n'
        ['sched-credit2', '-d', 'g', '--cap=150']                | ['sched-credit2', '-d', 'g']       | HEADER + '\ng                                    1    256  150\n'
        ['sched-credit', '-d', 'c', '-w', '10', '-c', '50']      | ['sched-credit', '-d', 'c']        | HEADER + '\nc                                    2     10   50\n'
        ['sched-credit2', '-s', '-r', '2000']                    | ['sched-credit2', '-s']            | 'Cpupool Pool-0: ratelimit=2000us\n'
        ['sched-credit', '-s', '-p', 'cp', '-t', '10']           | ['sched-credit', '-s', '-p', 'cp'] | 'Cpupool cp: tslice=10ms ratelimit=1000us migration-delay=0us\n'
        ['sched-credit', '-s', '-p', 'cp', '--ratelimit_us=500', '--migration_delay_us', '20', '--tslice_ms', '5'] |
                ['sched-credit', '-s', '-p', 'cp'] | 'Cpupool cp: tslice=5ms ratelimit=500us migration-delay=20us\n'
    }

    def "#args fails (#mode), exit code #code"() {
        when:
        def r = xl ? shell.xl(false, *args) : shell.run(*args)

        then:
        r.code == code
        r.out == out
        r.errLines == lines.collect { it.replace('$G', "$g") }

        where:
        args                                           | xl    | code | out             | lines
        ['sched-credit', '-p', 'cp', '-d', 'c']        | true  | 1    | ''              | ['Specifying a cpupool or schedparam is not allowed with domain options.']
        ['sched-credit', '-w', '5']                    | false | 1    | ''              | ['Must specify a domain.']
        ['sched-credit', '-t', '5']                    | true  | 1    | ''              | ['Must specify schedparam to set schedule parameter values.']
        ['sched-credit2', '-p', 'cp', '-d', 'g']       | true  | 1    | ''              | ['Specifying a cpupool is not allowed with other options.']
        ['sched-credit2', '-r', '5000']                | false | 1    | ''              | ['Must specify schedparam to set schedule parameter values.']
        ['sched-credit2', '-s', '-p', 'nosuch']        | true  | 1    | ''              | ["unknown cpupool 'nosuch'"]
        ['sched-credit2', '-d', 'g', '-w', 'abc']      | true  | 1    | ''              | ['libxl: error: libxl_sched.c:445:sched_credit2_domain_set: Domain $G:Cpu weight out of range, valid values are within range from 1 to 65535',
                                                                                            'libxl_domain_sched_params_set failed.']
        ['sched-credit2', '-d', 'g', '-w', 'abc']      | false | 1    | ''              | ["invalid weight 'abc': expected a whole number"]
        ['sched-credit2', '-d', 'g', '-c', '201']      | false | 1    | ''              | ['Domain $G:Cpu cap out of range, valid range is from 0 to 200 for specified number of vcpus',
                                                                                            'libxl_domain_sched_params_set failed.']
        ['sched-credit', '-d', 'g']                    | true  | 1    | HEADER + '\n'   | ['libxl_domain_sched_params_get returned credit2 not credit.']
        ['sched-credit', '-d', 'g']                    | false | 1    | ''              | ['libxl_domain_sched_params_get returned credit2 not credit.']
        ['sched-credit', '-s', '-p', 'cp', '-t', '0']  | true  | 1    | ''              | ['libxl: error: libxl_sched.c:311:libxl_sched_credit_params_set: Time slice out of range, valid range is from 1 to 1000', 'libxl_sched_credit_params_set failed.']
        ['sched-credit2', '-s', '-r', '99']            | false | 1    | ''              | ['Ratelimit out of range, valid range is from 100 to 500000', 'libxl_sched_credit2_params_set failed.']
        ['sched-credit', '-s']                         | false | 1    | ''              | ["cpupool 'Pool-0' runs the credit2 scheduler, not credit"]
        ['sched-credit', '-x']                         | false | 2    | ''              | ["xsh: Unknown option: '-x'. Try 'xsh sched-credit --help'."]
        mode = xl ? 'xl' : 'xsh'
    }

    def "xl's sched-credit -s on a credit2 pool: libxl's lines, params unavailable, exit 0"() {
        when:
        def r = shell.xl(false, 'sched-credit', '-s')

        then:
        r.code == 0
        r.out == 'Cpupool Pool-0: [sched params unavailable]\n'
        r.errLines == ['getting Credit scheduler parameters: Invalid argument', 'libxl_sched_credit_params_get failed.']
    }

    def "--json listings"() {
        when:
        def list = new JsonSlurper().parseText(shell.run('sched-credit', '--json').out)
        def one = new JsonSlurper().parseText(shell.run('--json', 'sched-credit2', '-d', 'g').out)
        def pool = new JsonSlurper().parseText(shell.run('sched-credit2', '-s', '--json').out)

        then:
        list == [[cpupool: 'cp', scheduler: 'credit', params: [tslice_ms: 30, ratelimit_us: 1000, migration_delay_us: 0],
                  domains: [[domid: c, name: 'c', weight: 256, cap: 0]]]]
        one == [domid: g, name: 'g', weight: 256, cap: 0]
        pool == [cpupool: 'Pool-0', scheduler: 'credit2', params: [ratelimit_us: 1000]]
    }

    def "#command --help shows its usage, exit code 0"() {
        when:
        def r = shell.run(command, '--help')

        then:
        r.code == 0
        r.err == ''
        r.out.startsWith("Usage: xsh $command ")

        where:
        command << ['sched-credit', 'sched-credit2']
    }
}
