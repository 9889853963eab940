package xsh.e2e

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.XshProcess

/** xsh --dry-run: changes print themselves and do not happen, wherever the command comes from; reads happen. */
class DryRunSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
        guests.config('web')
    }

    def "-c: each change prints 'dry-run: ' and its words; list still lists; nothing is created"() {
        when:
        def r = xsh.run('--dry-run', '-c', 'create web.cfg; list; pause web; rename web "new web"')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines[0] == 'dry-run: create web.cfg'
        r.stdoutLines[1].startsWith('Name ')
        r.stdoutLines[2].startsWith('Domain-0 ')
        r.stdoutLines[3..4] == ['dry-run: pause web', "dry-run: rename web 'new web'"]
        r.stdoutLines.size() == 5
        xsh.run('list').stdoutLines.size() == 2
    }

    def "a command as xsh's arguments, and piped lines, dry-run too"() {
        when:
        def direct = xsh.run('--dry-run', 'create', '-p', 'web.cfg')
        def piped = xsh.run(['--dry-run'], 'create web.cfg\nzfs snapshot zroot@now\nzfs list -H -o name\n')

        then:
        direct.exitCode == 0
        direct.stdout == 'dry-run: create -p web.cfg\n'
        piped.exitCode == 0
        piped.stdoutLines[0..1] == ['dry-run: create web.cfg', 'dry-run: zfs snapshot zroot@now']
        piped.stdoutLines.size() > 2
        !xsh.run('zfs', 'list', '-t', 'snapshot').stdout.contains('zroot@now')
        xsh.run('list').stdoutLines.size() == 2
    }

    def "a change under --dry-run leaves XSH_HOME alone"() {
        when:
        def r = xsh.run('--dry-run', 'host', 'create', 'big', '--cpus', '64')

        then:
        r.stdout == 'dry-run: host create big --cpus 64\n'
        !xsh.xshHome.exists()
    }

    def "a script's changes print themselves; its reads happen"() {
        given:
        xsh.run('create', '-q', 'web.cfg')
        new File(xsh.workDir, 'pause.xsh').text = '''xsh 'pause web'
xsh 'list web'
'''

        when:
        def r = xsh.run('--dry-run', 'pause.xsh')

        then:
        r.exitCode == 0
        r.stderr == ''
        r.stdoutLines[0] == 'dry-run: pause web'
        r.stdoutLines[2] ==~ /web\s+1\s+256\s+2\s+[-r][-b]----\s+.*/
        xsh.run("list", "web").stdoutLines[1] ==~ /web\s+1\s+256\s+2\s+[-r][-b]----\s+.*/
    }
}
