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
        asXl.stderr ==~ /Domain \d+:Unpausing domain: Invalid argument\n/
        asXsh.exitCode == 1
        asXsh.stderrLines == [asXl.stderrLines[0], 'unpause failed (rc=-6)']
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
