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

    /** Appendix A of the reference: what xl 4.17 prints for xl -N create of this config. */
    static final String APPENDIX_A_CFG = 'name="test"\ntype="pv"\nkernel="/boot/vmlinuz"\nmemory=512\nvcpus=2\n' +
            'disk=["/dev/vg/test,raw,xvda,rw"]\nvif=["bridge=xenbr0"]\n'

    static final String APPENDIX_A_JSON = """\
{
    "c_info": {
        "type": "pv",
        "name": "test",
        "uuid": "<random>",
        "run_hotplug_scripts": "True"
    },
    "b_info": {
        "max_vcpus": 2,
        "avail_vcpus": [
            0,
            1
        ],
        "max_memkb": 524288,
        "target_memkb": 524288,
        "sched_params": {

        },
        "claim_mode": "True",
        "kernel": "/boot/vmlinuz",
        "type.pv": {

        },
        "arch_arm": {

        },
        "arch_x86": {

        }
    },
    "disks": [
        {
            "pdev_path": "/dev/vg/test",
            "vdev": "xvda",
            "format": "raw",
            "readwrite": 1
        }
    ],
    "nics": [
        {
            "devid": 0,
            "bridge": "xenbr0"
        }
    ],
    "on_reboot": "restart",
    "on_soft_reset": "soft_reset"
}
"""

    static String withoutUuid(String json) {
        json.replaceFirst(/"uuid": "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/, '"uuid": "<random>"')
    }

    def "a dry run prints libxl's JSON on stdout byte for byte as xl, and builds nothing: #args"() {
        given:
        def f = file('a.cfg', APPENDIX_A_CFG)

        when:
        def r = xl ? shell.runAsXl(true, *args, f) : shell.run(*args, f)

        then:
        r.code == 0
        withoutUuid(r.out) == APPENDIX_A_JSON
        r.err == "Parsing config from $f\n"
        shell.host.calls == []
        shell.host.domains()*.name() == ['Domain-0']

        where:
        xl    | args
        false | ['create', '-n']
        false | ['create', '--dryrun']
        true  | ['create']
        false | ['create', '-n', '-d']
        false | ['create', '-n', '-f']
    }

    def "-d prints the same JSON on stderr, after the parsing line, and builds the domain"() {
        given:
        def f = file('a.cfg', APPENDIX_A_CFG)

        when:
        def r = shell.run('create', '-d', f)

        then:
        r.code == 0
        r.out == ''
        withoutUuid(r.err) == "Parsing config from $f\n" + APPENDIX_A_JSON
        shell.host.domainNamed('test').isPresent()
    }

    def "-e creates the domain without a monitor; -F is accepted"() {
        given:
        def f = file('web.cfg', WEB)

        when:
        def r = shell.run(*options, '-q', f)

        then:
        r.code == 0
        r.err == ''
        shell.host.unmonitored.isEmpty() == !unmonitored

        where:
        options              | unmonitored
        ['create', '-e']     | true
        ['create', '-F']     | false
        ['create', '-e', '-F'] | true
    }

    def "-f FILE names the file; a second file is a usage error"() {
        given:
        def f = file('web.cfg', WEB)

        when:
        def ok = shell.run('create', '-q', '-f', f, 'memory=256')
        def twice = shell.run('create', '-q', "--defconfig=$f", f)

        then:
        ok.code == 0
        shell.host.domainNamed('web').get().currentKib() == 256 * 1024
        twice.code == 2
    }

    def "-V and -A build the domain and say that no VNC viewer can be attached"() {
        given:
        def f = file('web.cfg', WEB)

        when:
        def r = shell.run('create', '-q', option, f)

        then:
        r.code == 0
        r.errLines == [CreateCommand.NO_VNCVIEWER]
        shell.host.domainNamed('web').isPresent()

        where:
        option << ['-V', '--vncviewer', '-A', '--vncviewer-autopass']
    }

    def "-c shows the new domain's console after creating it"() {
        given:
        def f = file('web.cfg', WEB)
        shell.host.consoles[1] = ['Linux version 6.6.14-0-virt', 'web login: ']

        when:
        def r = shell.run('create', '-q', '-c', f)

        then:
        r.code == 0
        shell.host.domainNamed('web').get().domid() == 1
        r.out == 'Linux version 6.6.14-0-virt\nweb login: \n'
    }
}
