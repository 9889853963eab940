package xsh.shell.checkpoint

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness
import xsh.toolstack.checkpoint.JournalEntry
import xsh.toolstack.checkpoint.ProcessOwner
import xsh.toolstack.checkpoint.SqliteCheckpointCatalog

/** Whatever command first opens the host recovers a checkpoint a dead xsh left half taken, in one line on stderr. */
class RecoveryAtHostOpenSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell
    PrintStream realErr = System.err
    ByteArrayOutputStream err = new ByteArrayOutputStream()

    def setup() {
        shell = new SimShellHarness(home)
        shell.host.storage().createVolume('zroot/web', 64L << 20, [:], false, false)
        shell.guest('web', "disk = ['phy:/dev/zvol/zroot/web,xvda,w']", 16)
        System.err = new PrintStream(err, true, 'UTF-8')
    }

    def cleanup() {
        System.err = realErr
        shell?.close()
    }

    def "a checkpoint whose xsh was killed while the guest was paused: the next command resumes it and says so"() {
        given: 'a journal entry of a process that has ended, the guest paused by it, half an image'
        def dead = new ProcessBuilder('true').start()
        dead.waitFor()
        def web = shell.host.domainNamed('web').get()
        def dir = Files.createDirectories(home.resolve('checkpoints/default'))
        def entry
        SqliteCheckpointCatalog.open(home.resolve('checkpoints/default.db'), shell.host).withCloseable { catalog ->
            entry = catalog.begin(1552572976) { long id ->
                new JournalEntry(id, 'web', web.domid(), 0, dir.resolve("web-${id}.save"), dir.resolve("web-${id}.cfg"),
                        ["zroot/web@$id".toString()], new ProcessOwner(dead.pid(), 1), Instant.now())
            }
        }
        shell.host.pause(web.domid())
        Files.writeString(dir.resolve(".web-${entry.id()}.save.42.part"), 'half')

        when:
        def first = shell.run('list', 'web')
        def second = shell.run('list', 'web')

        then:
        first.code == 0
        err.toString('UTF-8') == "xsh: recovered an interrupted checkpoint of web (${entry.id()}): resumed web, removed 1 partial file\n"
        !shell.host.domainNamed('web').get().state().paused()
        second.code == 0
        dir.toFile().list().length == 0
        !Files.list(home.resolve('checkpoints/default.inflight')).findAny().isPresent()
    }

    def "nothing in flight: no catalog is opened or made by other commands"() {
        when:
        def run = shell.run('list')

        then:
        run.code == 0
        err.size() == 0
        !Files.exists(home.resolve('checkpoints'))
    }
}
