package xsh.shell.checkpoint

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir
import java.time.Instant
import xsh.toolstack.checkpoint.Checkpoint
import xsh.toolstack.checkpoint.restore.PlannedClone
import xsh.toolstack.checkpoint.restore.RestorePlan
import xsh.shell.SimShellHarness

class CheckpointRestoreCommandSpec extends Specification {

    @TempDir
    Path home

    @AutoCleanup
    SimShellHarness xsh

    String id

    def setup() {
        xsh = new SimShellHarness(home)
        xsh.host.storage().createVolume('zroot/debian', 64L << 20, [:], false, false)
        xsh.guest('debian', "disk = [ 'phy:/dev/zvol/zroot/debian,xvda,w' ]", 64)
        xsh.clock.advanceMillis(30_000)
        def created = xsh.run('checkpoint', 'create', 'debian')
        assert created.code == 0: created.err
        id = (created.out =~ /debian@(\d+)/)[0][1]
    }

    Path checkpoints() {
        home.resolve('checkpoints').resolve('default')
    }

    def "restore --as prints the clones, the config and the domain"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--as', 'copy')

        then:
        run.code == 0
        def domid = xsh.host.domainNamed('copy').get().domid()
        run.out == """cloned zroot/debian@$id to zroot/debian-$id
wrote ${checkpoints().resolve("copy-${id}.restored.cfg")}
restored debian@$id as copy (id $domid)
"""
        run.err.contains("Parsing config from ${checkpoints().resolve("copy-${id}.restored.cfg")}")
        Files.readString(checkpoints().resolve("copy-${id}.restored.cfg")).contains('/dev/zvol/zroot/debian-' + id)
    }

    def "--json tells the restore as an object"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--as', 'copy', '--json')
        def json = new groovy.json.JsonSlurper().parseText(run.out)

        then:
        run.code == 0
        json == [checkpoint: "debian@$id".toString(), name: 'copy', domid: xsh.host.domainNamed('copy').get().domid(),
                 clones: [[snapshot: "zroot/debian@$id".toString(), clone: "zroot/debian-$id".toString()]],
                 config: checkpoints().resolve("copy-${id}.restored.cfg").toString(), replaced: null]
    }

    def "restoring over the running domain is refused in one line, and nothing changes"() {
        given:
        def datasets = xsh.host.storage().names()

        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id")

        then:
        run.code == 1
        run.out == ''
        run.err == "checkpoint debian@$id: domain debian is running (id 1); restore it --as another name, or --replace it\n"
        xsh.host.storage().names() == datasets
        Files.list(checkpoints()).count() == 2
    }

    def "--replace swaps the running domain for the restored one"() {
        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--replace')

        then:
        run.code == 0
        def domains = xsh.host.domains()
        domains*.name() == ['Domain-0', 'debian']
        run.out.endsWith("restored debian@$id as debian (id ${domains[1].domid()}), replacing id 1\n")
    }

    def "a failed image restore leaves no clone, no config, and the domain running"() {
        given:
        def image = checkpoints().resolve("debian-${id}.save")
        def bytes = Files.readAllBytes(image)
        bytes[bytes.length.intdiv(2)] ^= 0x55
        Files.write(image, bytes)
        def datasets = xsh.host.storage().names()

        when:
        def run = xsh.run('checkpoint', 'restore', "debian@$id", '--replace')

        then:
        run.code == 1
        run.out == ''
        run.err.readLines().last().startsWith("checkpoint restore debian@$id: restoring $image failed: ")
        xsh.host.storage().names() == datasets
        !Files.exists(checkpoints().resolve("debian-${id}.restored.cfg"))
        xsh.host.domainNamed('debian').get().domid() == 1
    }

    def "under the global --dry-run restore shows its plan and clones, writes and restores nothing"() {
        given:
        def datasets = xsh.host.storage().names()

        when:
        def run = xsh.run('--dry-run', 'checkpoint', 'restore', "debian@$id", '--as', 'copy')

        then:
        run.code == 0
        run.out == """would clone zroot/debian@$id to zroot/debian-$id
would write ${checkpoints().resolve("copy-${id}.restored.cfg")}
would restore debian@$id as copy
"""
        xsh.host.storage().names() == datasets
        xsh.host.domainNamed('copy').isEmpty()
        !Files.exists(checkpoints().resolve("copy-${id}.restored.cfg"))
    }

    def "a dry run tells the plan: #what"() {
        given:
        def checkpoint = new Checkpoint(1552572976, 'debian', Instant.ofEpochSecond(1552572976),
                Path.of('/c/debian-1552572976.save'), 1, '', Path.of('/c/debian-1552572976.cfg'),
                ['zroot/debian@1552572976'], 1)
        def clone = new PlannedClone('zroot/debian@1552572976', 'zroot/debian', 'zroot/debian-1552572976')
        def plan = new RestorePlan(checkpoint, name, '1552572976', [clone],
                Path.of("/c/$name-1552572976.restored.cfg"), replaced ? xsh.host.domainNamed('debian') : Optional.empty())

        expect:
        CheckpointRestoreCommand.dryRun(plan, paused) == """would clone zroot/debian@1552572976 to zroot/debian-1552572976
would write /c/$name-1552572976.restored.cfg
$last
"""

        where:
        what        | name     | replaced                  | paused || last
        '--as'      | 'copy'   | false                     | false  || 'would restore debian@1552572976 as copy'
        '-p'        | 'copy'   | false                     | true   || 'would restore debian@1552572976 as copy, leaving it paused'
        '--replace' | 'debian' | true                      | false  || 'would restore debian@1552572976 as debian, paused, then destroy debian (id 1) and give the restored domain its name'
    }
}
