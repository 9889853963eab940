package xsh.shell.dsl

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

/** Under --dry-run every method that changes the host prints the equivalent command line and changes nothing. */
class DryRunSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
        dsl.guest('web')
        dsl.run("zfs.create 'tank/vm'; zfs.snapshot 'tank/vm@1'")
        dsl.run("cpupoolCpuRemove 'Pool-0', 7")
    }

    def "#call prints 'dry-run: #line' and changes nothing"() {
        given:
        def before = state()

        when:
        def result = dsl.run(call, true)

        then:
        dsl.out == "dry-run: $line\n"
        result == null
        state() == before

        where:
        call                                                   || line
        "pause 'web'"                                          || 'pause web'
        "destroy 'web', force: true"                           || 'destroy web -f'
        "rename 'web', 'www'"                                  || 'rename web www'
        "shutdown 'web', wait: true"                           || 'shutdown web -w'
        "reboot all: true, wait: 'gone'"                       || 'reboot -a -ww'
        "save 'web', 'd-1.save', pause: true"                  || 'save web d-1.save -p'
        "save 'web', 'd 1.save', keepRunning: true, preserveDomid: true" || "save web 'd 1.save' -c -D"
        "memSet 'web', 128"                                    || 'mem-set web 128'
        "memMax 'web', new Size(Size.GIB)"                     || 'mem-max web 1048576k'
        "vcpuSet 'web', 1"                                     || 'vcpu-set web 1'
        "vcpuPin 'web', 'all', [0, 1], null, force: true"      || 'vcpu-pin web all 0,1 -f'
        "schedCredit2 'web', weight: 512"                      || 'sched-credit2 -d web -w 512'
        "schedCredit2Pool ratelimit: 500"                      || 'sched-credit2 -s -r 500'
        "cpupoolCreate overrides: [name: 'p', cpus: '7']"      || "cpupool-create 'name=\"p\"' 'cpus=\"7\"'"
        "cpupoolRename 'Pool-0', 'main'"                       || 'cpupool-rename Pool-0 main'
        "cpupoolCpuAdd 'Pool-0', 7"                            || 'cpupool-cpu-add Pool-0 7'
        "cpupoolMigrate 'web', 'Pool-0'"                       || 'cpupool-migrate web Pool-0'
        "trigger 'web', 'nmi', 1"                              || 'trigger web nmi 1'
        "sysrq 'web', 'b'"                                     || 'sysrq web b'
        "dumpCore 'web', 'web.core'"                           || 'dump-core web web.core'
        "zfs.snapshot 'tank/vm@2', recursive: true"            || 'zfs snapshot -r tank/vm@2'
        "zfs.clone 'tank/vm@1', 'tank/c', properties: [compression: 'gzip']" || 'zfs clone -o compression=gzip tank/vm@1 tank/c'
        "zfs.create 'tank/v', volume: 64, sparse: true"        || 'zfs create -s -V 67108864 tank/v'
        "zfs.destroy 'tank/vm', recursive: true"               || 'zfs destroy -r tank/vm'
        "zfs.rollback 'tank/vm@1', destroyLater: true"         || 'zfs rollback -r tank/vm@1'
        "zfs.rename 'tank/vm', 'tank/vm2'"                     || 'zfs rename tank/vm tank/vm2'
        "zfs.set 'tank/vm', 'compression', 'gzip'"             || 'zfs set compression=gzip tank/vm'
    }

    def "dmesg clear: true still reads the ring, and does not clear it"() {
        when:
        String text = dsl.run('dmesg clear: true', true)

        then:
        dsl.out == 'dry-run: dmesg -c\n'
        !text.isEmpty()
        dsl.run('dmesg()') == text
    }

    def "create reads and checks the file, and returns the domain it would build, so later lines name it"() {
        given:
        def cfg = dsl.config('db', '', 512)

        when:
        Domain d = dsl.run("def d = create '$cfg', quiet: true; save d, 'db.save', pause: true; d", true)

        then:
        d.name == 'db'
        d.memory == new Size(512 * Size.MIB)
        dsl.out == "dry-run: create $cfg\ndry-run: save db db.save -p\n"
        dsl.host { it.domainNamed('db') }.isEmpty()
    }

    def "reads still happen: a domain that does not exist is still an error"() {
        when:
        dsl.run("pause 'nosuch'", true)

        then:
        def e = thrown(XshException)
        e.message == 'nosuch is an invalid domain identifier (rc=-6)'
        dsl.out == ''
    }

    def "a save under dry run writes no file"() {
        when:
        dsl.run("save 'web', '${home.resolve('w.save')}'", true)

        then:
        !Files.exists(home.resolve('w.save'))
    }

    private List<Object> state() {
        dsl.host { hv ->
            [hv.domains().collect { [it.name(), it.state().flags(), it.targetKib(), it.maxKib(), it.onlineVcpus(), it.pool()] },
             hv.cpupools().collect { [it.name(), it.cpus()] },
             hv.storage().names(),
             hv.domainNamed('web').map { hv.schedParams(it.domid()) }.orElse(null),
             hv.dmesg(false)]
        }
    }
}
