package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import org.opentest4j.TestAbortedException
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.SshdFixture
import xsh.e2e.support.XshProcess

/**
 * {@code --host ssh://...} through a real sshd ({@link SshdFixture}) whose remote side is bin/xsh
 * with an XSH_HOME of its own: what comes back over ssh is what the remote xsh says there.
 */
class RemoteSshSpec extends Specification {

    @TempDir
    Path tmp

    SshdFixture sshd
    Path local
    /** xsh on this side, reaching the remote one through sshd. */
    XshProcess xsh
    /** The remote side's xsh run directly, to compare with. */
    XshProcess remote
    GuestFiles guests

    def setup() {
        try {
            sshd = SshdFixture.start(tmp.resolve('sshd'))
        } catch (SshdFixture.Unavailable e) {
            throw new TestAbortedException("sshd specs skipped: ${e.message}")
        }
        // a short XSH_HOME, as a user's: ssh's control socket under it must fit in 104 bytes
        local = Files.createTempDirectory('xr')
        xsh = new XshProcess(local)
        xsh.environment.putAll(sshd.clientEnvironment)
        remote = sshd.remoteXsh(tmp.resolve('remote'))
        guests = new GuestFiles(remote.workDir)   // config paths are absolute: they name the remote side's files
    }

    def cleanup() {
        sshd?.close()
        local?.toFile()?.deleteDir()
    }

    def "create, list and pause on the remote host: its output and exit codes come back as they are there"() {
        given:
        def cfg = guests.config('web')

        when:
        def created = xsh.run('--host', sshd.uri, 'create', cfg.path)
        def paused = xsh.run('--host', sshd.uri, 'pause', 'web')
        def listed = xsh.run('--host', sshd.uri, 'list')
        def json = xsh.run('--host', sshd.uri, '--json', 'list', 'web')
        def there = remote.run('list')

        then:
        created.exitCode == 0
        created.stderrLines == ["Parsing config from ${cfg.path}"]
        paused.exitCode == 0
        listed.exitCode == 0
        listed.stdoutLines*.split(/\s+/)*.getAt(0) == ['Name', 'Domain-0', 'web']
        listed.stdoutLines[2] ==~ /web +1 +256 +2 +--p--- +\d+\.\d/
        listed.stdoutLines[0..2]*.replaceAll(/\d+\.\d$/, '') == there.stdoutLines[0..2]*.replaceAll(/\d+\.\d$/, '')
        new JsonSlurper().parseText(json.stdout)*.name == ['web']
        json.stderr == ''

        and: 'nothing was made on this side'
        !new File(xsh.xshHome, 'hosts').exists()
    }

    def "a failing remote command: its one-line error and exit code, and -c keeps the first failure's code"() {
        when:
        def failed = xsh.run('--host', sshd.uri, 'pause', 'nosuch')
        def usage = xsh.run('--host', sshd.uri, 'list', '--nosuch')
        def script = xsh.run('--host', sshd.uri, '-c', 'list; domid nosuch; exit 0 ; list')
        def mixed = xsh.run('--host', sshd.uri, '-c', 'domid nosuch; list -x')
        def direct = remote.run('pause', 'nosuch')

        then:
        failed.exitCode == direct.exitCode
        failed.exitCode != 0
        failed.stderrLines == direct.stderrLines
        failed.stderrLines.size() == 1
        usage.exitCode == 2
        usage.stderrLines.size() == 1
        usage.stderrLines[0].startsWith("xsh: Unknown option: '--nosuch'")
        script.exitCode == 0   // exit 0 is xsh's own: it ends the text with its code
        script.stderrLines == ["Can't get domid of domain name 'nosuch', maybe this domain does not exist."]
        mixed.exitCode == 1
    }

    def "words reach the remote xsh exactly as typed, whatever the remote shell would make of them: #word"() {
        given: 'a file that a word run as a command would make'
        def marker = tmp.resolve('marker').toFile()
        String typed = word.replace('MARKER', marker.path)

        when:
        def there = xsh.run('--host', sshd.uri, 'domid', typed)
        def here = remote.run('domid', typed)

        then:
        there.exitCode == 1
        there.stderr == here.stderr
        // xsh's errors are one line: a newline in the word is a space there as here
        there.stderr == "Can't get domid of domain name '${typed.replace('\n', ' ')}', maybe this domain does not exist.\n"
        !marker.exists()

        where:
        word << ['a b', "it's", '$(touch MARKER)', '`touch MARKER`', 'x; touch MARKER', "x'; touch MARKER; '",
                 'x\ntouch MARKER', '$HOME *', '"q" \\ \t|>MARKER']
    }

    def "one login per session: every command of -c goes through one master connection, closed when xsh exits"() {
        when:
        def result = xsh.run('--host', sshd.uri, '-c', 'list; list; vm-list; uptime')

        then:
        result.exitCode == 0
        sshd.loginsAccepted() == 1

        and: 'no master is left behind'
        check() != 0

        when: 'the next xsh logs in again'
        xsh.run('--host', sshd.uri, 'list')

        then:
        sshd.loginsAccepted() == 2
    }

    def "xl and zfs front ends run remotely, byte for byte: #args"() {
        when:
        def there = xsh.run(['--host', sshd.uri] + args)
        def here = remote.run(args)

        then:
        there.exitCode == here.exitCode
        there.stdout.replaceAll(/\d+\.\d\n/, '\n') == here.stdout.replaceAll(/\d+\.\d\n/, '\n')
        there.stderr == here.stderr

        where:
        args << [['xl', 'list'], ['xl', 'pause', 'nosuch'], ['zfs', 'list', '-H', '-o', 'name'], ['xl', 'nosuch']]
    }

    def "a host that cannot be reached: one line naming it with ssh's reason, exit code 255; a malformed one: exit 1"() {
        given:
        int closed = new ServerSocket(0).withCloseable { it.localPort }

        when:
        def unreachable = xsh.run('--host', "ssh://${sshd.user}@127.0.0.1:$closed".toString(), 'list')
        def malformed = xsh.run('--host', 'ssh://-oProxyCommand=touch', 'list')

        then:
        unreachable.exitCode == 255
        unreachable.stderrLines == ["xsh: ssh://${sshd.user}@127.0.0.1:$closed: cannot connect: "
                + "ssh: connect to host 127.0.0.1 port $closed: Connection refused"]
        malformed.exitCode == 1
        malformed.stderrLines.size() == 1
        malformed.stderrLines[0].startsWith("xsh: invalid remote host 'ssh://-oProxyCommand=touch': ")
    }

    def "commands about xsh itself stay here: help, cfg"() {
        given:
        def cfg = new GuestFiles(xsh.workDir).config('local-only')

        when:
        def help = xsh.run('--host', sshd.uri, 'help', 'list')
        def check = xsh.run('--host', sshd.uri, 'cfg', 'check', cfg.path)

        then:
        help.exitCode == 0
        check.exitCode == 0
        sshd.loginsAccepted() == 0
    }

    def "global options go along: --dry-run changes nothing there, --json lists as JSON"() {
        given:
        def cfg = guests.config('web')

        when:
        def dry = xsh.run('--host', sshd.uri, '--dry-run', 'create', cfg.path)
        def json = xsh.run('--host', sshd.uri, '--json', 'list')

        then:
        dry.exitCode == 0
        dry.stdout.startsWith('dry-run: create ')
        new JsonSlurper().parseText(json.stdout)*.name == ['Domain-0']
    }

    def "connect switches the host of the lines that follow; connect alone goes back"() {
        given:
        def cfg = guests.config('far')
        remote.run('create', '-q', cfg.path)

        when:
        def result = xsh.run('-c', "connect ${sshd.uri}; list; connect; list")

        then:
        result.exitCode == 0
        result.stdoutLines.findAll { it.startsWith('far ') }.size() == 1
        result.stdoutLines.findAll { it.startsWith('Domain-0 ') }.size() == 2
    }

    def "hosts lists the embedded hosts and the remote ones xsh has reached, as a table and as JSON"() {
        given:
        xsh.run('list')   // the default host is made on first use
        xsh.run('host', 'create', 'lab')
        xsh.run('--host', sshd.uri, 'list')

        when:
        def table = xsh.run('hosts')
        def json = new JsonSlurper().parseText(xsh.run('hosts', '--json').stdout)

        then:
        table.exitCode == 0
        table.stdoutLines[0] ==~ /  Name +Kind +CPUs +Memory\(MiB\) +Free\(MiB\) +Domains/
        table.stdoutLines[1] ==~ /\* default +embedded +8 +32768 +\d+ +1/
        table.stdoutLines[2] ==~ /  lab +embedded +8 +32768 +\d+ +1/
        table.stdoutLines[3] ==~ /  ${java.util.regex.Pattern.quote(sshd.uri)} +ssh/
        json*.name == ['default', 'lab', sshd.uri]
        json*.kind == ['embedded', 'embedded', 'ssh']
        json*.current == [true, false, false]
        json[0].nr_cpus == 8
        !json[2].containsKey('nr_cpus')
        sshd.loginsAccepted() == 1   // listing connects to no remote host
    }

    def "hosts --check says which remote hosts answer, without asking anything"() {
        given:
        int closed = new ServerSocket(0).withCloseable { it.localPort }
        String gone = "ssh://${sshd.user}@127.0.0.1:$closed"
        xsh.run('--host', sshd.uri, 'list')
        xsh.xshHome.toPath().resolve('remote-hosts').toFile() << gone + '\n'

        when:
        def table = xsh.run('hosts', '--check')
        def json = new JsonSlurper().parseText(xsh.run('hosts', '--check', '--json').stdout)

        then:
        table.exitCode == 0
        table.stdoutLines.find { it.contains(sshd.uri) } ==~ /  \S+ +ssh +ok/
        table.stdoutLines.find { it.contains(gone) }.endsWith("ssh: connect to host 127.0.0.1 port $closed: Connection refused")
        json.findAll { it.kind == 'ssh' }.collectEntries { [it.name, it.reachable] } == [(sshd.uri): true, (gone): false]
    }

    def "a script cannot address a remote host with --host: one line says so"() {
        given:
        def script = new File(xsh.workDir, 'l.xsh')
        script.text = 'println list()*.name\n'

        when:
        def result = xsh.run('--host', sshd.uri, script.path)

        then:
        result.exitCode == 1
        result.stderrLines.size() == 1
        result.stderrLines[0].contains(sshd.uri)
    }

    def "piped lines run there one by one, in one session; the first failure's code is xsh's"() {
        when:
        def result = xsh.run(['--host', sshd.uri], 'list\ndomid nosuch\nvm-list\n')

        then:
        result.exitCode == 1
        result.stdoutLines[0].startsWith('Name ')
        result.stderrLines == ["Can't get domid of domain name 'nosuch', maybe this domain does not exist."]
        result.stdoutLines.any { it.contains('Domain-0') }
        sshd.loginsAccepted() == 1
    }

    def "a script reaches the remote host with remote(): list() and xsh() through its xsh"() {
        given:
        def cfg = guests.config('web')
        def script = new File(xsh.workDir, 'far.xsh')
        script.text = """\
            def far = remote('${sshd.uri}')
            far.xsh('create -q ${cfg.path}; pause web')
            println far.list().collect { "\${it.name}:\${it.state.paused}" }
            println list()*.name
            try {
                far.xsh('pause nosuch')
            } catch (e) {
                println "failed: \${e.message}"
            }
            """.stripIndent()

        when:
        def result = xsh.run(script.path)

        then:
        result.exitCode == 0
        result.stdoutLines == ['[Domain-0:false, web:true]', '[Domain-0]', 'failed: nosuch is an invalid domain identifier (rc=-6)']
        sshd.loginsAccepted() == 1
    }

    /** {@code ssh -O check} on this side's control socket: 0 while a master runs. */
    private int check() {
        def command = ['ssh'] + sshd.sshOptions + ['-o', "ControlPath=${xsh.xshHome}/ssh/%C".toString(),
                                                   '-p', sshd.port.toString(), '-O', 'check', "${sshd.user}@127.0.0.1".toString()]
        def process = new ProcessBuilder(command).redirectErrorStream(true).start()
        process.inputStream.text
        process.waitFor(30, TimeUnit.SECONDS)
        process.exitValue()
    }
}
