package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * checkpoint restore and checkpoint prune through bin/xsh as a user runs them, on checkpoints
 * that checkpoint create took: the seeds' hand procedure as one command, the refusals and
 * failures that leave everything as it was, and retention's dry run.
 */
class CheckpointRestoreSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    String id

    def setup() {
        xsh = new XshProcess(tmp)
        new File(xsh.workDir, 'vmlinuz').bytes = new byte[4096]
        new File(xsh.workDir, 'debian.cfg').text = """\
name = "debian"
type = "pv"
kernel = "${new File(xsh.workDir, 'vmlinuz').absolutePath}"
memory = 64
vcpus = 1
disk = ['phy:/dev/zvol/zroot/debian,xvda,w']   # the seeds' zvol
"""
        ok(xsh.run('zfs', 'create', '-V', '64M', 'zroot/debian'))
        ok(xsh.run('create', 'debian.cfg'))
        id = checkpoint()
    }

    static RunResult ok(RunResult run) {
        assert run.exitCode == 0: run.toString()
        run
    }

    String checkpoint() {
        (ok(xsh.run('checkpoint', 'create', 'debian')).stdout =~ /debian@(\d+)/)[0][1]
    }

    /** Domain names and ids as list shows them. */
    Map<String, Integer> domains() {
        xsh.run('list').stdoutLines.drop(1).collectEntries {
            def words = it.split(/ +/)
            [(words[0]): words[1] as int]
        }
    }

    String datasets() {
        ok(xsh.run('zfs', 'list', '-H', '-t', 'all', '-o', 'name')).stdout
    }

    List<Map> checkpoints() {
        new JsonSlurper().parseText(ok(xsh.run('checkpoint', 'list', '--json')).stdout) as List<Map>
    }

    File restoredConfig(String name, String suffix = id) {
        new File(new File(checkpoints()[0].image as String).parentFile, "${name}-${suffix}.restored.cfg")
    }

    def "restore --as clones the snapshot, writes a config pointing at the clone, and restores the image with it"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--as', 'debian-old')

        then:
        run.exitCode == 0
        def config = restoredConfig('debian-old')
        run.stdoutLines == ["cloned zroot/debian@$id to zroot/debian-$id",
                            "wrote $config",
                            "restored debian@$id as debian-old (id ${domains()['debian-old']})"]*.toString()
        domains().keySet() == ['Domain-0', 'debian', 'debian-old'] as Set
        ok(xsh.run('zfs', 'get', '-H', '-o', 'value', 'origin', "zroot/debian-$id")).stdout == "zroot/debian@$id\n"
        config.text == new File(checkpoints()[0].config as String).text
                .replace('name = "debian"', 'name = "debian-old"')
                .replace('/dev/zvol/zroot/debian,', "/dev/zvol/zroot/debian-$id,")
    }

    def "restoring over the running domain is refused in one line, and nothing changes"() {
        given:
        def before = [domains(), datasets()]

        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id")

        then:
        run.exitCode == 1
        run.stdout == ''
        run.stderrLines == ["checkpoint debian@$id: domain debian is running (id 1); restore it --as another name, or --replace it"
                                    .toString()]
        [domains(), datasets()] == before
        !restoredConfig('debian').exists()
    }

    def "a checkpoint named with another domain is refused in one line"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "web@$id", '--as', 'web')

        then:
        run.exitCode == 1
        run.stderrLines == ["xsh: checkpoint $id is of debian, not of web".toString()]
    }

    def "--replace gives the running domain's name to the restored one"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--replace')

        then:
        run.exitCode == 0
        def now = domains()
        now.keySet() == ['Domain-0', 'debian'] as Set
        now.debian != 1
        run.stdoutLines.last() == "restored debian@$id as debian (id ${now.debian}), replacing id 1".toString()
        xsh.run('list', 'debian').stdoutLines[1] =~ /r-----|-b----/
    }

    def "a restore that fails #how destroys the clone, removes the config and leaves the running domain"() {
        given:
        def image = new File(checkpoints()[0].image as String)
        def bytes = image.bytes
        bytes[bytes.length.intdiv(2)] ^= 0x55
        image.bytes = bytes
        def before = [domains(), datasets()]

        when:
        def run = xsh.run(['checkpoint', 'restore', "debian@$id".toString()] + options)

        then:
        run.exitCode == 1
        run.stdout == ''
        run.stderrLines.last().startsWith("checkpoint restore debian@$id: restoring $image failed: ")
        !run.stderr.contains('\tat ')
        [domains(), datasets()] == before
        !restoredConfig(name).exists()

        where:
        how                | options                 | name
        'beside it'        | ['--as', 'debian-old']  | 'debian-old'
        'under --replace'  | ['--replace']           | 'debian'
    }

    def "prune --dry-run lists exactly what the real prune then deletes; the newest stays"() {
        given:
        sleep(1100)
        def second = checkpoint()
        sleep(1100)
        def newest = checkpoint()

        when:
        def dry = xsh.run('checkpoint', 'prune', '--keep', 'last=1', '--dry-run')

        then:
        dry.exitCode == 0
        dry.stdoutLines*.replaceAll(/ .*/, '') == ["debian@$id", "debian@$second"]*.toString()
        dry.stderr == 'would delete 2 checkpoints, keeping 1\n'
        checkpoints()*.id*.toString() == [id, second, newest]

        when:
        def real = xsh.run('checkpoint', 'prune', 'debian', '--keep', 'last=1')

        then:
        real.exitCode == 0
        real.stdout == dry.stdout
        checkpoints()*.id*.toString() == [newest]
        !datasets().contains("zroot/debian@$id\n")
    }
}
