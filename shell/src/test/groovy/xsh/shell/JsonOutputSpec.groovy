package xsh.shell

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.cpupool.Scheduler

/**
 * Every listing's {@code --json}, on the embedded host: the command's own option and the global
 * one print the same JSON, and every key in it is named in the README's "JSON outputs" section
 * under the command, so the documented schema cannot fall behind the output.
 */
class JsonOutputSpec extends Specification {

    /** The README's "JSON outputs" section, cut into its bullets (one per command or two). */
    @Shared
    List<String> documented = jsonSection().split(/\n(?=- )/) as List

    @Shared
    @TempDir
    Path home

    @Shared
    SimShellHarness shell

    static String jsonSection() {
        String readme = Path.of('..', 'README.md').toFile().getText('UTF-8')
        int start = readme.indexOf('### JSON outputs')
        assert start >= 0: 'README.md has no "JSON outputs" section'
        int end = readme.indexOf('\n#', start + 1)
        readme.substring(start, end < 0 ? readme.length() : end)
    }

    def setupSpec() {
        shell = new SimShellHarness(home)
        def upper = new BitSet()
        upper.set(4, 8)
        shell.host.removeCpusFromPool('Pool-0', upper)
        shell.host.createCpupool('cp', Scheduler.CREDIT, upper)
        shell.guest('web', 'vcpus = 2')
        shell.guest('db', 'pool = "cp"')
        assert shell.run('pause', 'web').code == 0
        assert shell.run('zfs', 'create', '-V', '1G', 'zroot/web').code == 0
        assert shell.run('zfs', 'snapshot', 'zroot/web@1').code == 0
        Files.writeString(home.resolve('vmlinuz'), 'kernel')
        Files.writeString(home.resolve('web.cfg'), "name = \"web\"\nkernel = \"${home.resolve('vmlinuz')}\"\nmemory = 512\n")
    }

    def cleanupSpec() {
        shell.close()
    }

    def "#command: --json and the global --json print the same JSON; every key is documented"() {
        given:
        def words = command.split(' ') as List<String>
        def own = shell.run(*(words + ['--json']) as String[])
        def global = shell.run(*(['--json'] + words) as String[])

        expect:
        own.code == 0
        own.err == ''
        global.code == 0
        own.out == global.out
        own.out.endsWith('\n')

        when:
        def json = new JsonSlurper().parseText(own.out)

        then:
        json instanceof List || json instanceof Map
        !(json instanceof List) || !json.isEmpty()

        and: 'the README names every key under this command'
        def bullet = documented.find { it.contains("`${documentedAs}`:") || it.startsWith("- `${documentedAs}`,") }
        bullet != null
        def named = (bullet =~ /[A-Za-z_0-9]+/).collect { it } as Set
        (keys(json) - named - xlInfoKeys(documentedAs)).toList() == []

        where:
        command                           | documentedAs
        'list'                            | 'list'
        'list web'                        | 'list'
        'vcpu-list'                       | 'vcpu-list'
        'cpupool-list'                    | 'cpupool-list'
        'cpupool-list -c'                 | 'cpupool-list'
        'sched-credit'                    | 'sched-credit'
        'sched-credit -d db'              | 'sched-credit'
        'sched-credit -s -p cp'           | 'sched-credit'
        'sched-credit2'                   | 'sched-credit2'
        'sched-credit2 -d web'            | 'sched-credit2'
        'sched-credit2 -s'                | 'sched-credit2'
        'uptime'                          | 'uptime'
        'vm-list'                         | 'vm-list'
        'dmesg'                           | 'dmesg'
        'log web'                         | 'log'
        'info'                            | 'info'
        'info -n'                         | 'info'
        'hosts'                           | 'hosts'
        'zfs list'                        | 'zfs list'
        'zfs list -t all -p'              | 'zfs list'
        'zfs get used,origin zroot/web'   | 'zfs get'
        'host list'                       | 'host list'
    }

    /** info's keys are those of xl's lines (the README points at them), so only its tables' keys are looked up. */
    List<String> xlInfoKeys(String command) {
        command == 'info' ? shell.run('info').outLines.collect { it.split(':')[0].trim() } : []
    }

    /** Every key of every object in the JSON, however deep. */
    static Set<String> keys(Object json) {
        if (json instanceof Map) {
            return (json.keySet() as Set<String>) + json.values().collectMany { keys(it) }
        }
        if (json instanceof List) {
            return json.collectMany { keys(it) } as Set<String>
        }
        [] as Set
    }

    def "info's keys are xl's, from host to xend_config_format, numbers as numbers"() {
        when:
        def json = new JsonSlurper().parseText(shell.run('--json', 'info').out)

        then:
        json.keySet().first() == 'host'
        json.keySet().last() == 'xend_config_format'
        json.nr_cpus == 8
        json.virt_caps instanceof List
    }

    def "dmesg --json is the ring's lines, the same the text shows"() {
        expect:
        new JsonSlurper().parseText(shell.run('dmesg', '--json').out) == shell.run('dmesg').out.readLines()
    }

    def "cfg show takes the global --json as its own; --xl-json still prints libxl's"() {
        given:
        def file = home.resolve('web.cfg').toString()

        expect:
        shell.run('--json', 'cfg', 'show', file).out == shell.run('cfg', 'show', '--json', file).out
        new JsonSlurper().parseText(shell.run('--json', 'cfg', 'show', file).out) instanceof Map
        shell.run('--json', 'cfg', 'show', '--raw', file).out == shell.run('cfg', 'show', '--raw', '--json', file).out
        shell.run('--json', 'cfg', 'show', '--xl-json', file).out.startsWith('{\n    "c_info": {')
    }
}
