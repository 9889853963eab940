package xsh.toolstack.checkpoint

import java.nio.file.Files
import xsh.error.XshException
import xsh.hv.GuestMemory
import xsh.hv.storage.StorageException

/**
 * A checkpoint that fails at any step: the guest as it was (running if it ran), no snapshot,
 * no file, no entry in the catalog or the journal, and one line saying what failed.
 */
class FailingCheckpointSpec extends CheckpointFixture {

    InjectingHost injecting

    def setup() {
        injecting = new InjectingHost(host)
    }

    /** Memory that fails after {@code batches} batches of pages, with {@code failure}. */
    static Closure<GuestMemory> failingMemory(int batches, IOException failure) {
        return { GuestMemory real ->
            int done = 0
            [sizeBytes            : { real.sizeBytes() },
             pages                : { real.pages() },
             writeTo              : { OutputStream out -> real.writeTo(out) },
             writePagesTo         : { BitSet pages, OutputStream out ->
                 if (done++ >= batches) {
                     out.write(new byte[12345])
                     throw failure
                 }
                 real.writePagesTo(pages, out)
             },
             dirtiedSinceLastRound: { real.dirtiedSinceLastRound() },
             readFrom             : { InputStream in -> real.readFrom(in) }] as GuestMemory
        }
    }

    def "the image cannot be written (#failure): the guest runs on, nothing is kept"() {
        given:
        onZvol('web', 48)
        injecting.memory = failingMemory(batches, new IOException(failure))
        def id = host.now().epochSecond

        when:
        take('web', injecting)

        then:
        def e = thrown(XshException)
        e.message == "xsh: checkpoint web@$id failed: ${dir.resolve("web-${id}.save")}: cannot write the image: " +
                "$failure (web is as it was; nothing kept)"
        e.exitCode() == 1
        info('web').state().flags() ==~ RUNNING
        info('web').state().pauseCount() == 0
        nothingLeft()

        where:
        batches | failure
        0       | 'No space left on device'
        1       | 'No space left on device'
        1       | 'Input/output error'
    }

    def "the snapshot fails: the guest, paused by the save, runs again; the image is removed"() {
        given:
        onZvol('web')
        injecting.beforeSnapshot = { throw new StorageException("cannot create snapshot '${it[0]}': out of space") }
        def id = host.now().epochSecond

        when:
        take('web', injecting)

        then:
        def e = thrown(XshException)
        e.message == "xsh: checkpoint web@$id failed: cannot create snapshot 'zroot/web@$id': out of space " +
                "(web is as it was; nothing kept)"
        info('web').state().flags() ==~ RUNNING
        info('web').state().pauseCount() == 0
        nothingLeft()
    }

    def "a guest the user had paused stays paused, once, when the snapshot fails"() {
        given:
        def web = onZvol('web')
        host.pause(web.domid())
        injecting.beforeSnapshot = { throw new StorageException('out of space') }

        when:
        take('web', injecting)

        then:
        thrown(XshException)
        info('web').state().pauseCount() == 1
        nothingLeft()
    }

    def "unpausing fails: the undo lets the guest go, and destroys the snapshot just taken"() {
        given:
        onZvol('web')
        int calls = 0
        injecting.beforeUnpause = { if (calls++ == 0) { throw new IllegalStateException('hypercall failed') } }

        when:
        take('web', injecting)

        then:
        def e = thrown(XshException)
        e.message.endsWith('failed: hypercall failed (web is as it was; nothing kept)')
        info('web').state().flags() ==~ RUNNING
        nothingLeft()
    }

    def "a failure after the guest was let go (the image gone before it is hashed): nothing kept, the guest runs"() {
        given:
        onZvol('web')
        injecting.afterUnpause = { Files.list(dir).each { Files.delete(it) } }

        when:
        take('web', injecting)

        then:
        def e = thrown(XshException)
        e.message ==~ /xsh: checkpoint web@\d+ failed: .*No such file or directory.* \(web is as it was; nothing kept\)/
        info('web').state().flags() ==~ RUNNING
        nothingLeft()
    }

    def "the guest runs again before its image is sealed: the sync is outside the pause window"() {
        given:
        onZvol('web', 48)
        def id = host.now().epochSecond
        def image = dir.resolve("web-${id}.save")
        List<String> atUnpause = []
        injecting.beforeUnpause = { int domid ->
            atUnpause << (Files.exists(image) ? 'sealed' : 'not sealed')
            atUnpause.addAll(Files.list(dir).map { it.fileName.toString() }.filter { it.endsWith('.part') }.toList())
        }

        when:
        def c = take('web', injecting)

        then:
        atUnpause.size() == 2
        atUnpause[0] == 'not sealed'
        atUnpause[1].startsWith(".web-${id}.save.")
        Files.exists(c.image())
        CheckpointProblems.verified(c, host.storage().names() as Set).isEmpty()
    }

    def "sealing the image fails after the guest runs again: the guest runs on, nothing is kept"() {
        given:
        onZvol('web', 48)
        def id = host.now().epochSecond
        injecting.afterUnpause = { int domid ->
            // the temporary image vanishes under the seal (a careless clean-up, a disk pulled)
            Files.list(dir).filter { it.fileName.toString().endsWith('.part') }.forEach { Files.delete(it) }
        }

        when:
        take('web', injecting)

        then:
        def e = thrown(XshException)
        e.message.startsWith("xsh: checkpoint web@$id failed: ")
        e.exitCode() == 1
        info('web').state().flags() ==~ RUNNING
        info('web').state().pauseCount() == 0
        nothingLeft()
    }

    def "a DIR that cannot be made is refused before anything is done"() {
        given:
        onZvol('web')
        def plainFile = Files.writeString(home.resolve('plain'), 'x')

        when:
        take('web', host, [], plainFile.resolve('sub'))

        then:
        def e = thrown(XshException)
        e.message.startsWith("xsh: cannot checkpoint web: ${plainFile.resolve('sub')}: ")
        info('web').state().flags() ==~ RUNNING
        nothingLeft()
    }
}
