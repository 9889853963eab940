package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * {@code bin/xsh xl ARGS...} as a script written for xl runs it: xl's bytes on stdout and
 * stderr and xl's exit codes, through bin/xsh itself and through a link named {@code xl}.
 */
class XlFrontEndSpec extends Specification {

    static final String HEADER = 'Name                                        ID   Mem VCPUs\tState\tTime(s)\n'
    static final String CONFIG_UPDATE_WARNING = 'WARNING: xl now has better capability to manage domain configuration, ' +
            'avoid using this command when possible\n'
    static final String PAUSE_HELP = 'Usage: xl [-vtTf] pause <Domain>\n\nPause execution of a domain.\n\n'

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
    }

    RunResult xl(String... args) {
        xsh.run((['xl'] + (args as List)) as String[])
    }

    def "xl list: xl's header with its TABs, Domain-0's row, nothing else; xl li is the same command"() {
        when:
        def list = xl('list')
        def li = xl('li')

        then:
        list.exitCode == 0
        list.stderr == ''
        list.stdout.startsWith(HEADER)
        list.stdoutLines.size() == 2
        list.stdoutLines[1] ==~ /Domain-0 {37}0 +\d+ +\d+     r-----  +\d+\.\d/
        li.exitCode == 0
        li.stderr == ''
        li.stdout.startsWith(HEADER)
    }

    def "xl #args: exit #code, stderr as xl's"() {
        when:
        def r = xl(args as String[])

        then:
        r.exitCode == code
        r.stderr == err
        r.stdout == out

        where:
        args                    | code | err                                                    | out
        ['pause']               | 2    | "'xl pause' requires at least 1 argument.\n\n"          | PAUSE_HELP
        ['list', '-x']          | 2    | "option `x' not supported.\n"                          | ''
        ['-N', 'list']          | 1    | 'command does not implement -N (dryrun) option\n'      | ''
        ['l']                   | 1    | 'command not implemented\n'                            | ''
        ['destroy', 'Domain-0'] | 1    | 'Not destroying domain 0; use -f to force.\n' +
                                         'This can only be done when using a disaggregated hardware domain and toolstack.\n\n' | ''
        ['list', 'nosuch']      | 1    | 'nosuch is an invalid domain identifier (rc=-6)\n'     | ''
        ['list', '9']           | 1    | "Error: Domain '9' does not exist.\n"                  | ''
        ['info', 'xen_version'] | 0    | ''                                                     | '4.17.7\n'
        ['help', 'pause']       | 0    | ''                                                     | PAUSE_HELP
    }

    def "xl config-update: xl's warning, then the saved configuration is replaced; list -l shows it with the live memory, the guest runs on"() {
        given:
        guests.config('web')
        xl('create', '-q', 'web.cfg')

        when:
        def missing = xl('config-update', 'web')
        def update = xl('config-update', 'web', 'web.cfg', 'memory=384', 'on_crash="preserve"')
        def detail = xl('list', '-l', 'web')
        def list = xl('list', 'web')

        then:
        missing.exitCode == 1
        missing.stderr == CONFIG_UPDATE_WARNING + 'Config file not specified\n'
        update.exitCode == 0
        update.stdout == ''
        update.stderr == CONFIG_UPDATE_WARNING + 'setting dom1 configuration\n'
        detail.stdout.contains('"on_crash": "preserve"')
        // as libxl_retrieve_domain_configuration: the memory target is the running domain's, not the new config's
        detail.stdout.contains('"target_memkb": 262144')
        list.stdoutLines[1] ==~ /web +1 +256 +2 .*/
    }

    def "a failed unpause: libxl's line and exit 0 under xl; exit 1 under xsh"() {
        given:
        guests.config('web')
        xl('create', '-q', 'web.cfg')

        when:
        def pauses = [xl('pause', 'web'), xl('pause', 'web'), xl('unpause', 'web'), xl('unpause', 'web')]
        def asXl = xl('unpause', 'web')
        def asXsh = xsh.run('unpause', 'web')

        then:
        pauses*.exitCode == [0, 0, 0, 0]
        pauses*.stderr == ['', '', '', '']
        asXl.exitCode == 0
        asXl.stderrLines.size() == 1
        asXl.stderr ==~ /libxl: error: libxl_domain.c:688:domain_unpause_done: Domain \d+:Unpausing domain: Invalid argument\n/
        asXsh.exitCode == 1
        asXsh.stderrLines == [asXl.stderrLines[0] - 'libxl: error: libxl_domain.c:688:domain_unpause_done: ',
                              'unpause failed (rc=-3)']
    }

    def "xl #args: libxl's lines with libxl's prefix, then xl's, exit #code"() {
        given:
        guests.config('web')
        guests.config('db')
        xl('create', '-q', 'web.cfg')
        xl('create', '-q', 'db.cfg')
        String domid = xl('domid', 'web').stdout.trim()

        when:
        def r = xl(args as String[])

        then:
        r.exitCode == code
        r.stderrLines == err*.replace('$W', domid)

        where:
        args                                 | code | err
        ['mem-set', 'web', '9g']             | 1    | ['libxl: error: libxl_mem.c:278:libxl_set_memory_target: Domain $W:memory_dynamic_max must be less than or equal to memory_static_max',
                                                       'cannot set domid $W dynamic max memory to : 9g']
        ['vcpu-set', 'web', '3']             | 1    | ['libxl: error: libxl_domain.c:1869:libxl_set_vcpuonline: Domain $W:Requested 3 VCPUs, however maxcpus is 2!',
                                                       'libxl_set_vcpuonline failed domid=$W max_vcpus=3, rc: -3']
        ['sched-credit2', '-d', 'web', '-w', '0'] | 1 | ['libxl: error: libxl_sched.c:445:sched_credit2_domain_set: Domain $W:Cpu weight out of range, valid values are within range from 1 to 65535',
                                                       'libxl_domain_sched_params_set failed.']
        ['sched-credit2', '-s', '-r', '5']   | 1    | ['libxl: error: libxl_sched.c:270:sched_ratelimit_check: Ratelimit out of range, valid range is from 100 to 500000',
                                                       'libxl_sched_credit2_params_set failed.']
        ['rename', 'web', 'db']              | 1    | ['libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain $W:Domain with name "db" already exists.',
                                                       "Can't rename domain 'web'."]
        ['create', '-q', 'db.cfg']           | 6    | ['libxl: error: libxl_domain.c:81:libxl__domain_rename: Domain with name "db" already exists.',
                                                       'libxl: error: libxl_create.c:1294:initiate_domain_create: cannot make domain: -6']
        ['trigger', 'web', 'power']          | 0    | ["libxl: error: libxl_domain.c:2207:libxl_send_trigger: Domain \$W:Send trigger 'power' failed: Invalid argument"]
    }

    def "an sh script written for xl runs unchanged with a link named xl on PATH"() {
        given:
        guests.config('g')
        Path bin = Files.createDirectories(tmp.resolve('path'))
        Files.createSymbolicLink(bin.resolve('xl'), XshProcess.projectRoot().toPath().resolve('bin/xsh'))
        xsh.launcher = ['sh', '-c', 'xl create -q g.cfg; xl list; xl pause g; xl li g']
        xsh.environment.PATH = bin.toString() + File.pathSeparator + System.getenv('PATH')

        when:
        def r = xsh.run()

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdout.startsWith(HEADER)
        r.stdoutLines.count { it + '\n' == HEADER } == 2
        r.stdoutLines[2] ==~ /g {39} +\d+ +256 +2     [r-][b-]----  +\d+\.\d/
        r.stdoutLines.last() ==~ /g {39} +\d+ +256 +2     [r-][b-]p---  +\d+\.\d/
    }

    def "the front ends work on the host --host or XSH_HOST names, and only there"() {
        given:
        guests.config('g')

        when:
        def created = xsh.run('--host', 'lab', 'xl', 'create', '-q', 'g.cfg')
        def volume = xsh.run('--host=lab', 'zfs', 'create', '-V', '64M', 'tank/g')
        def onDefault = xl('list')
        xsh.environment.XSH_HOST = 'lab'
        def onLab = xl('list', 'g')
        def zfsOnLab = xsh.run('zfs', 'list', '-H', '-o', 'name', 'tank/g')

        then:
        created.exitCode == 0
        volume.exitCode == 0
        onDefault.stdoutLines.size() == 2   // the header and Domain-0
        onLab.exitCode == 0
        onLab.stdoutLines[1].startsWith('g ')
        zfsOnLab.stdout == 'tank/g\n'
    }
}
