package xsh.shell.dryrun

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

/** xsh's --dry-run on the embedded host, where a change would be seen: guest "g" runs. */
class DryRunCommandsSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell

    def setup() {
        shell = new SimShellHarness(home)
        shell.guest('g', 'vcpus = 2')
    }

    def cleanup() {
        shell.close()
    }

    /** What the host shows: domains, pools, schedulers, datasets. */
    String hostState() {
        ['list', 'cpupool-list', 'sched-credit2', 'vcpu-list'].collect { shell.run(it).out }.join() +
                shell.run('zfs', 'list', '-t', 'all').out
    }

    def "a command that changes state prints itself instead and exits 0: #words"() {
        given:
        def cfg = home.resolve('h.cfg')
        Files.writeString(cfg, "name = \"h\"\nkernel = \"${home.resolve('boot/vmlinuz')}\"\nmemory = 256\n")
        def typed = words.collect { it == 'CFG' ? cfg.toString() : it }
        def before = hostState()

        when:
        def r = shell.run((['--dry-run'] + typed) as String[])

        then:
        r.code == 0
        r.err == ''
        r.out == "dry-run: ${printed.replace('CFG', cfg.toString())}\n"
        hostState() == before
        !Files.exists(home.resolve('g.save'))

        where:
        words                                               | printed
        ['pause', 'g']                                      | 'pause g'
        ['destroy', 'g']                                    | 'destroy g'
        ['shutdown', '-w', 'g']                             | 'shutdown -w g'
        ['rename', 'g', 'new name']                         | "rename g 'new name'"
        ['rename', 'g', "it's"]                             | "rename g 'it'\\''s'"
        ['save', '-p', 'g', 'g.save']                       | 'save -p g g.save'
        ['mem-set', 'g', '256m']                            | 'mem-set g 256m'
        ['vcpu-set', 'g', '1']                              | 'vcpu-set g 1'
        ['vcpu-pin', 'g', 'all', '0-1']                     | 'vcpu-pin g all 0-1'
        ['sched-credit2', '-d', 'g', '-w', '512']           | 'sched-credit2 -d g -w 512'
        ['sched-credit2', '-s', '-r', '2000']               | 'sched-credit2 -s -r 2000'
        ['cpupool-create', 'name="p"', 'cpus=["7"]']        | "cpupool-create 'name=\"p\"' 'cpus=[\"7\"]'"
        ['cpupool-numa-split']                              | 'cpupool-numa-split'
        ['trigger', 'g', 'nmi']                             | 'trigger g nmi'
        ['sysrq', 'g', 's']                                 | 'sysrq g s'
        ['dmesg', '-c']                                     | 'dmesg -c'
        ['create', 'CFG']                                   | 'create CFG'
        ['zfs', 'snapshot', 'zroot@now']                    | 'zfs snapshot zroot@now'
        ['zfs', 'create', '-V', '1G', 'zroot/v']            | 'zfs create -V 1G zroot/v'
        ['zfs', 'compression=on', 'zroot']                  | 'zfs compression=on zroot'
        ['host', 'create', 'other']                         | 'host create other'
        ['--json', 'host', 'inject', 'crash', 'g']          | 'host inject crash g'
    }

    def "a command that only reads runs as usual: #words"() {
        when:
        def plain = shell.run(words as String[])
        def dry = shell.run((['--dry-run'] + words) as String[])

        then:
        dry == plain
        !dry.out.contains('dry-run')

        where:
        words << [['list'], ['sched-credit2'], ['sched-credit2', '-d', 'g'], ['sched-credit2', '-s'],
                  ['vcpu-list'], ['zfs', 'list'], ['zfs', 'get', 'used', 'zroot'], ['info'],
                  ['cpupool-list'], ['dmesg'], ['pause', '--help']]
    }

    def "create -n and cpupool-create -n only show what they would make, so they run"() {
        given:
        def seven = new BitSet()
        seven.set(7)
        shell.host.removeCpusFromPool('Pool-0', seven)
        def cfg = home.resolve('h.cfg')
        Files.writeString(cfg, "name = \"h\"\nkernel = \"${home.resolve('boot/vmlinuz')}\"\nmemory = 256\n")

        when:
        def create = shell.run('--dry-run', 'create', '-n', cfg.toString())
        def pool = shell.run('--dry-run', 'cpupool-create', '-n', 'name="p"', 'cpus=["7"]')

        then:
        create.code == 0
        create.out.contains('"name": "h"')
        pool.code == 0
        pool.err == ''
        !pool.out.contains('dry-run')
        shell.run('cpupool-list').outLines.size() == 2
        !shell.host.domainNamed('h').isPresent()
    }

    def "a dry run is silent about an argument the command would refuse: it checks nothing on the host"() {
        when:
        def r = shell.run('--dry-run', 'pause', 'nosuch')

        then:
        r.code == 0
        r.out == 'dry-run: pause nosuch\n'
    }

    def "xl's command line typed to xsh dry-runs as the command it runs; xl's own -N stays xl's"() {
        when:
        def typed = shell.run('--dry-run', 'xl', 'pause', 'g')
        def xlN = shell.xl(true, 'vcpu-pin', 'g', 'all', '0-1')

        then:
        typed.code == 0
        typed.out == 'dry-run: pause g\n'
        !shell.host.domainNamed('g').get().state().paused()
        !xlN.out.contains('dry-run')
    }

    def "a usage error is still one, as without --dry-run"() {
        when:
        def r = shell.run('--dry-run', 'pause')

        then:
        r.code == 2
        r.out == ''
        r.err.startsWith('xsh: Missing required parameter')
    }
}
