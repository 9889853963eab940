package xsh.shell.domain

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.ShellHarness

class CreateCommandSpec extends Specification {

    @TempDir
    Path dir

    def shell = new ShellHarness()

    String file(String name, String text) {
        Path p = dir.resolve(name)
        Files.writeString(p, text)
        p.toString()
    }

    static final String WEB = 'name = "web"\nkernel = "/boot/vmlinuz"\nmemory = 512\nvcpus = 2\n'

    def "create says which file it parses, on stderr, and builds the domain running"() {
        given:
        def f = file('web.cfg', WEB)

        when:
        def r = shell.run('create', f)

        then:
        r.code == 0
        r.out == ''
        r.errLines == ["Parsing config from $f"]
        def web = shell.host.domainNamed('web').get()
        web.state().running()
        web.onlineVcpus() == 2
    }

    def "-q leaves the line out; -p leaves the domain paused"() {
        given:
        def f = file('web.cfg', WEB)

        when:
        def r = shell.run('create', '-q', '-p', f)

        then:
        r.code == 0
        r.err == ''
        shell.host.domainNamed('web').get().state().flags() == '--p---'
    }

    def "KEY=VALUE words override the file, before or after it: #words"() {
        when:
        def r = shell.run(['create', '-q'] + words.collect { it == 'FILE' ? file('web.cfg', WEB) : it } as String[])

        then:
        r.code == 0
        def domain = shell.host.domains().last()
        domain.name() == name
        domain.currentKib() == memory * 1024L

        where:
        words                                     | name   | memory
        ['FILE', 'memory=1024']                   | 'web'  | 1024
        ['name="web2"', 'FILE']                   | 'web2' | 512
        ['FILE', 'memory=256', 'name="small"']    | 'small'| 256
    }

    def "xl's warnings follow the Parsing line and the domain is still created"() {
        given:
        def f = file('web.cfg', WEB + 'maxvcpus = [4]\n')

        when:
        def r = shell.run('create', f)

        then:
        r.code == 0
        r.errLines == ["Parsing config from $f", "$f:5:12: warning: `maxvcpus` should be a single value, not a list; ignored"]
        shell.host.domainNamed('web').isPresent()
    }

    def "a file with syntax errors: every error, xl's verdict, exit code 1, nothing created"() {
        given:
        def f = file('bad.cfg', 'name = "web"\nmemory = \n')

        when:
        def r = shell.run('create', f)

        then:
        r.code == 1
        r.errLines.size() == 3
        r.errLines[0] == "Parsing config from $f"
        r.errLines[1].startsWith("$f:2:")
        r.errLines[2] == 'Failed to parse config: Invalid argument'
        shell.host.calls.isEmpty()
    }

    def "xl's fatal configuration errors end create with its message"() {
        given:
        def f = file('noname.cfg', 'kernel = "/k"\n')

        when:
        def r = shell.run('create', f)

        then:
        r.code == 1
        r.errLines[0] == "Parsing config from $f"
        r.errLines[1].endsWith('Domain name must be specified.')
    }

    def "a file that cannot be read: xl's message without the Parsing line, exit code 3"() {
        when:
        def r = shell.run('create', dir.resolve('nope.cfg').toString())

        then:
        r.code == 3
        r.errLines == ["Failed to read config file: ${dir.resolve('nope.cfg')}: No such file or directory"]
    }

    def "no file at all: exit code 6"() {
        when:
        def r = shell.run('create', 'name="x"')

        then:
        r.code == 6
        r.errLines == ['Config file not specified and none in save file']
    }

    def "two files are a usage error, exit code 2"() {
        when:
        def r = shell.run('create', 'a.cfg', 'b.cfg')

        then:
        r.code == 2
        r.errLines == ["xsh: create takes one configuration file, not 'a.cfg' and 'b.cfg'. Try 'xsh create --help'."]
    }

    def "a name already taken: libxl's line and exit code 6"() {
        given:
        def f = file('web.cfg', WEB)
        shell.run('create', f)

        when:
        def r = shell.run('create', f)

        then:
        r.code == 6
        r.errLines == ["Parsing config from $f", 'Domain with name "web" already exists.', 'cannot make domain: -6']
    }

    def "memory the host does not have: exit code 3"() {
        when:
        def r = shell.run('create', file('big.cfg', WEB), 'memory=1048576')

        then:
        r.code == 3
        r.errLines.last() == 'cannot (re-)build domain: -3'
    }
}
