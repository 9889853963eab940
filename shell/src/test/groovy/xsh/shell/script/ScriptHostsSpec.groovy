package xsh.shell.script

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir

/** A script that works on several embedded hosts: {@code host('h2')} is the DSL on h2. */
class ScriptHostsSpec extends Specification {

    @TempDir
    Path dir

    ScriptHarness scripts

    def setup() {
        scripts = new ScriptHarness(dir)
        scripts.shell.guest('debian')
        assert scripts.shell.run('host', 'create', 'h2').code == 0
    }

    def cleanup() {
        scripts.close()
    }

    def "host('h2') lists and changes h2; the script's own host stays the one it addresses"() {
        given:
        def kernel = Files.createDirectories(dir.resolve('boot')).resolve('vmlinuz')
        Files.writeString(kernel, 'kernel')
        def cfg = scripts.file('web.cfg', "name = \"web\"\ntype = \"pv\"\nkernel = \"$kernel\"\nmemory = 256\n")
        def f = scripts.file('two.xsh', """\
            def h2 = host('h2')
            println list()*.name
            println h2.list()*.name
            h2.create(quiet: true, '$cfg')
            h2.pause 'web'
            println h2.domain('web').paused
            println list()*.name
            """.stripIndent())

        when:
        def r = scripts.run(f)

        then:
        r.code == 0
        r.outLines == ['[Domain-0, debian]', '[Domain-0]', 'true', '[Domain-0, debian]']
        scripts.shell.hosts.open('h2').withCloseable { hv -> hv.domains()*.name() } == ['Domain-0', 'web']
    }

    def "host() refuses a host that does not exist, and sends a remote one to remote(): #call"() {
        given:
        def f = scripts.file('bad.xsh', "$call\nprintln 'not reached'\n")

        when:
        def r = scripts.run(f)

        then:
        r.code == 1
        r.out == ''
        r.errLines == ["$f:1: $message".toString()]

        where:
        call                       | message
        "host('nosuch').list()"    | "there is no embedded host 'nosuch' (host create nosuch makes one)"
        "host('ssh://h2').list()"  | "host(ssh://h2): a remote host is remote('ssh://h2'), whose xsh answers list() and xsh('COMMANDS')"
        "remote('h2').list()"      | "remote(h2): write ssh://[user@]host[:port]; an embedded host is host('h2')"
        "remote('ssh://h2:0')"     | "invalid remote host 'ssh://h2:0': the port must be a number from 1 to 65535"
    }

    def "under --dry-run, host('h2') prints what it would change and changes nothing"() {
        given:
        def f = scripts.file('dry.xsh', "host('h2').pause 'Domain-0'\n")

        when:
        def r = scripts.run(['--dry-run'], f)

        then:
        r.code == 0
        r.outLines == ['dry-run: pause Domain-0']
    }
}
