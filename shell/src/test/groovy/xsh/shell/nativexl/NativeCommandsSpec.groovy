package xsh.shell.nativexl

import groovy.json.JsonSlurper
import spock.lang.Specification
import spock.lang.TempDir
import java.nio.file.Path
import xsh.shell.ShellHarness
import xsh.toolstack.nativexl.RecordingNativeToolstack

/** On a host with a real Dom0's xl, xsh's commands of save, restore, migrate and console are xl's. */
class NativeCommandsSpec extends Specification {

    @TempDir
    Path dir

    def shell = new ShellHarness()
    def xl = new RecordingNativeToolstack()

    def setup() {
        shell.host.add(domid: 3, name: 'web', running: true)
        shell.host.nativeXl = xl
    }

    def "save tells xl's line with FILE's name, not the temporary one's"() {
        given:
        def file = dir.resolve('web.save').toString()

        when:
        def r = shell.run('save', '-c', 'web', file)

        then:
        r.code == 0
        r.err == "Saving to ${file} new xl format (info 0x3/0x0/1234)\n"
        xl.calls.size() == 2
        xl.calls[0].startsWith('save -c 3 ')
        xl.calls[1].endsWith(" ${file}")
    }

    def "restore hands CONFIG FILE and its options to xl"() {
        when:
        def r = shell.run('restore', '-p', '-e', 'web.cfg', 'web.save')

        then:
        r.code == 0
        xl.calls == ['restore -p -e web.cfg web.save']
    }

    def "migrate is xl migrate; the line says what xl tells, --json null for the rest"() {
        when:
        def r = shell.run('migrate', '-s', 'ssh -p 2222', 'web', 'host2')

        then:
        r.code == 0
        xl.calls == ['migrate -s ssh -p 2222 3 host2']
        r.err.readLines() == ['migration target: Ready to receive domain.', 'Migration successful.']
        r.out ==~ /web: migrated to host2 in \d+\.\d\d s\n/

        when:
        def json = new JsonSlurper().parseText(shell.run('migrate', '--json', 'web', 'host2').out)

        then:
        json.domain == 'web'
        json.target == 'host2'
        json.source_domid == 3
        json.rounds == null
        json.bytes == null
        json.downtime_ms == null
        json.target_domid == null
    }

    def "migrate --all goes through xl for every domU"() {
        given:
        shell.host.add(domid: 4, name: 'db', running: true)

        when:
        def r = shell.run('migrate', '--all', 'host2')

        then:
        r.code == 0
        xl.calls == ['migrate 3 host2', 'migrate 4 host2']
        r.out.contains('migrated 2, failed 0')
    }

    def "#what is refused in one line, exit 1, and xl is not asked"() {
        when:
        def r = shell.run(args as String[])

        then:
        r.code == 1
        r.errLines.size() == 1
        r.err.contains(message)
        xl.calls.isEmpty()

        where:
        what                 | args                                              || message
        'a local: target'    | ['migrate', 'web', 'local:h2']                    || 'local: targets are embedded hosts'
        '--with-storage'     | ['migrate', '--with-storage', 'web', 'host2']     || 'migrate --with-storage: '
        'migrate-receive'    | ['migrate-receive']                               || 'on a real Dom0 xl migrate-receive receives'
    }

    def "console is xl console, and its exit code is the command's"() {
        when:
        def r = shell.run('console', '-t', 'serial', 'web')

        then:
        xl.calls == ['console -t serial -n 0 3']
        r.code == 3
    }
}
