package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.Tag
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * A domain's life on the embedded host through bin/xsh, as a user lives it: create from a
 * file, list, pause and unpause, rename, shut down and wait, destroy; each command a process
 * of its own, the host's state kept under XSH_HOME between them.
 */
@Tag('backend-independent')
class DomainLifecycleSpec extends Specification {

    static final String HEADER = 'Name                                        ID   Mem VCPUs\tState\tTime(s)'

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
    }

    /** The list row of {@code name}, split into its columns. */
    static Map row(RunResult list, String name) {
        def line = list.stdoutLines.find { it.startsWith(name + ' ') }
        assert line != null: "no row for $name in\n$list"
        def m = line =~ /^(\S+) +(\d+) +(\d+) +(\d+)     ([-rbpscwSd]{6})  +(\d+\.\d)$/
        assert m.matches(): "not xl's row: '$line'"
        [name: m.group(1), domid: m.group(2) as int, mem: m.group(3) as int, vcpus: m.group(4) as int,
         state: m.group(5), time: m.group(6)]
    }

    def "create says what it parses; list shows Domain-0 and the new domain in xl's table"() {
        given:
        guests.config('web')

        when:
        def created = xsh.run('create', 'web.cfg')
        def list = xsh.run('list')

        then:
        created.exitCode == 0
        created.stdout == ''
        created.stderrLines == ['Parsing config from web.cfg']
        list.exitCode == 0
        list.stderr == ''
        list.stdoutLines[0] == HEADER
        list.stdoutLines[1].startsWith('Domain-0                                     0 ')
        row(list, 'Domain-0').state[0] == 'r'
        def web = row(list, 'web')
        web.domid > 0
        web.mem == 256
        web.vcpus == 2
        web.state ==~ /[r-][b-]----/
    }

    def "one -c line: create, list, pause, list (the README's first steps)"() {
        given:
        guests.config('web')

        when:
        def r = xsh.run('-c', 'create -q web.cfg; list; pause web; list web')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines.count { it == HEADER } == 2
        r.stdoutLines.last() ==~ /web +\d+ +256 +2     [r-][b-]p---  +\d+\.\d/
    }

    def "pauses nest, each unpause undoes one, and unpausing a running domain fails (unlike in xl)"() {
        given:
        guests.config('web')
        xsh.run('create', '-q', 'web.cfg')

        when:
        xsh.run('-c', 'pause web; pause web')
        def twice = row(xsh.run('list', 'web'), 'web').state
        xsh.run('unpause', 'web')
        def once = row(xsh.run('list', 'web'), 'web').state
        xsh.run('unpause', 'web')
        def running = row(xsh.run('list', 'web'), 'web').state
        def again = xsh.run('unpause', 'web')

        then:
        twice[2] == 'p'
        once[2] == 'p'
        running[2] == '-'
        again.exitCode == 1
        again.stderrLines.last() == 'unpause failed (rc=-3)'
    }

    def "create -p leaves the domain paused; KEY=VALUE settings override the file"() {
        given:
        guests.config('web')

        when:
        def r = xsh.run('create', '-p', 'web.cfg', 'name="db"', 'memory=128', 'vcpus=1')
        def db = row(xsh.run('list', 'db'), 'db')

        then:
        r.exitCode == 0
        db.mem == 128
        db.vcpus == 1
        db.state == '--p---'
    }

    def "shutdown -w waits for the guest to act, telling each step as xl does; then the domain is gone"() {
        given:
        guests.config('web')
        xsh.run('create', '-q', 'web.cfg')
        int domid = row(xsh.run('list', 'web'), 'web').domid

        when:
        def r = xsh.run('shutdown', '-w', 'web')
        def after = xsh.run('list', 'web')

        then:
        r.exitCode == 0
        r.stdout == ''
        r.stderrLines[0..1] == ["Shutting down domain $domid", 'Waiting for 1 domains']
        r.stderrLines[2] in ["Domain $domid has been destroyed".toString(),
                             "Domain $domid has been shut down, reason code 0".toString()]
        after.exitCode == 1
        after.stderrLines == ['web is an invalid domain identifier (rc=-6)']
    }

    def "reboot -w: the guest comes back under its name with a new domid"() {
        given:
        guests.config('web')
        xsh.run('create', '-q', 'web.cfg')
        int before = row(xsh.run('list', 'web'), 'web').domid

        when:
        def r = xsh.run('reboot', '-w', 'web')
        sleep(3000)   // the host restarts it after its restart delay
        def list = xsh.run('list', 'web')

        then:
        r.exitCode == 0
        r.stderrLines[0] == "Rebooting domain $before"
        list.exitCode == 0
        row(list, 'web').domid != before
    }

    def "destroy removes the domain; rename gives it a new name"() {
        given:
        guests.config('web')
        guests.config('db')
        xsh.run('-c', 'create -q web.cfg; create -q db.cfg')

        when:
        def r = xsh.run('-c', 'destroy db; rename web www; list')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines*.split(' ')*.first() == ['Name', 'Domain-0', 'www']
    }

    def "#command fails with xl's lines and exit code #code"() {
        given:
        guests.config('web')
        xsh.run('create', '-q', 'web.cfg')

        when:
        def r = xsh.run(command.split(' '))

        then:
        r.exitCode == code
        r.stdout == ''
        r.stderrLines == lines

        where:
        command            | code | lines
        'destroy 0'        | 1    | ['Not destroying domain 0; use -f to force.',
                                     'This can only be done when using a disaggregated hardware domain and toolstack.', '']
        'pause nosuch'     | 1    | ['nosuch is an invalid domain identifier (rc=-6)']
        'list 999'         | 1    | ["Error: Domain '999' does not exist."]
        'shutdown'         | 1    | ['You must specify -a or a domain id.', '']
        'create -q web.cfg'| 6    | ['Domain with name "web" already exists.', 'cannot make domain: -6']
        'create nope.cfg'  | 3    | ['Failed to read config file: nope.cfg: No such file or directory']
        'rename web Domain-0' | 1 | ['Domain with name "Domain-0" already exists.', "Can't rename domain 'web'."]
    }

    def "a kernel that is not there is refused when the domain is built: exit code 3"() {
        given:
        guests.config('web')
        new File(xsh.workDir, 'vmlinuz').delete()

        when:
        def r = xsh.run('create', 'web.cfg')

        then:
        r.exitCode == 3
        r.stderrLines[0] == 'Parsing config from web.cfg'
        r.stderrLines.last() == 'cannot (re-)build domain: -3'
        xsh.run('list').stdoutLines.size() == 2
    }

    def "a file with a syntax error is refused before the host is asked"() {
        given:
        new File(xsh.workDir, 'bad.cfg').text = 'name = "bad"\nmemory = \n'

        when:
        def r = xsh.run('create', 'bad.cfg')

        then:
        r.exitCode == 1
        r.stderrLines[0] == 'Parsing config from bad.cfg'
        r.stderrLines[1].startsWith('bad.cfg:2:')
        r.stderrLines.last() == 'Failed to parse config: Invalid argument'
    }

    def "list -v and -c add xl's columns; list --json is the documented array"() {
        given:
        guests.config('web')
        xsh.run('create', '-q', 'web.cfg')

        when:
        def verbose = xsh.run('list', '-v', '-c')
        def json = new JsonSlurper().parseText(xsh.run('list', '--json').stdout)

        then:
        verbose.stdoutLines[0] == HEADER + '   UUID                            Reason-Code\tSecurity Label         Cpupool'
        verbose.stdoutLines[1] ==~ /Domain-0 +0 +\d+ +\d+     r[-b]----  +\d+\.\d [0-9a-f-]{36}        -                - +Pool-0/
        json*.name == ['Domain-0', 'web']
        json[1].keySet() as List == ['domid', 'name', 'uuid', 'type', 'state', 'memory', 'vcpus', 'cpu_time_ns',
                                     'started', 'cpupool']
        json[1].memory.target_kib == 256 * 1024
        json[1].vcpus == [online: 2, max: 2]
        json[1].state.paused == false
    }

    def "info prints xl's fields; info PREFIX their values"() {
        when:
        def info = xsh.run('info')
        def version = xsh.run('info', 'xen_version')

        then:
        info.exitCode == 0
        info.stdoutLines[0] ==~ /host {19}: .+/
        info.stdoutLines.last() == 'xend_config_format     : 4'
        info.stdoutLines.find { it.startsWith('nr_cpus ') } == 'nr_cpus                : 8'
        version.stdoutLines.size() == 1
        version.stdoutLines[0] ==~ /\d+\.\d+.*/
    }
}
