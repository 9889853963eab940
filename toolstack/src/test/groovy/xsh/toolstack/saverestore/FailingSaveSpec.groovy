package xsh.toolstack.saverestore

import java.nio.channels.ClosedByInterruptException
import java.nio.file.Files
import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.GuestMemory
import xsh.hv.Hypervisor

/** A save that fails leaves no image and the guest running, never suspended or paused by the save. */
class FailingSaveSpec extends SimHostSaveFixture {

    def "memory that fails midway: no FILE, no temporary file, the guest resumed, xl's line"() {
        given:
        def web = running('web', 30, '', 48)
        def file = home.resolve('web.save')
        Hypervisor failing = new FailingMemoryHost(host, failAfterBatches)

        when:
        save('web', file, failing, c: c, p: p)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["$file: cannot write the image: No space left on device".toString(),
                      'Failed to save domain, resuming domain']
        e.exitCode() == 1
        !Files.exists(file)
        Files.list(home).filter { it.fileName.toString().contains('.save.') }.count() == 0
        info('web').domid() == web.domid()
        info('web').state().flags() ==~ SaveRestoreRoundTripSpec.RUNNING
        told.size() == 1

        where:
        failAfterBatches | c     | p
        0                | false | false
        0                | true  | false
        0                | false | true
        1                | false | false
        1                | false | true
    }

    def "a save interrupted (Ctrl-C at the prompt) still resumes the guest cleanly, and the interrupt is kept"() {
        given:
        running('web', 30, '', 48)
        def file = home.resolve('web.save')
        Hypervisor interrupted = new FailingMemoryHost(host, 1, {
            Thread.currentThread().interrupt()
            new ClosedByInterruptException()
        })

        when:
        save([:], 'web', file, interrupted)

        then:
        def e = thrown(MultiLineException)
        def stillInterrupted = Thread.interrupted()
        e.lines().size() == 2
        e.lines()[1] == 'Failed to save domain, resuming domain'
        stillInterrupted
        !Files.exists(file)
        info('web').state().flags() ==~ SaveRestoreRoundTripSpec.RUNNING
    }

    def "a FILE that cannot be written: xl's line, nothing suspended, nothing made"() {
        given:
        running('web')
        Files.writeString(home.resolve('plain-file'), 'x')
        def file = home.resolve(path)
        if (path == 'a-directory') {
            Files.createDirectory(file)
        }

        when:
        save('web', file)

        then:
        def e = thrown(XshException)
        e.message == "Failed to open temp file $file for writing".toString()
        e.exitCode() == 1
        told.isEmpty()
        info('web').state().flags() ==~ SaveRestoreRoundTripSpec.RUNNING

        where:
        path << ['no-such-dir/web.save', 'plain-file/web.save', 'a-directory']
    }

    def "a FIFO is not replaced by the image: xl's line, the FIFO still there"() {
        given:
        running('web')
        def fifo = home.resolve('a-fifo')
        assert ['mkfifo', fifo.toString()].execute().waitFor() == 0

        when:
        save('web', fifo)

        then:
        def e = thrown(XshException)
        e.message == "Failed to open temp file $fifo for writing".toString()
        Files.exists(fifo) && !Files.isRegularFile(fifo)
        told.isEmpty()
        info('web').state().flags() ==~ SaveRestoreRoundTripSpec.RUNNING
    }

    def "through a symbolic link the image goes to the file it names; the link stays"() {
        given:
        running('web')
        def real = home.resolve('real.save')
        Files.writeString(real, 'old')
        def link = Files.createSymbolicLink(home.resolve('link.save'), real)

        when:
        save('web', link, c: true)

        then:
        Files.isSymbolicLink(link)
        Files.size(real) > 1024
    }

    /** The embedded host, except that the guest's memory fails after some batches of pages. */
    static class FailingMemoryHost implements Hypervisor {
        @Delegate(interfaces = false)
        final Hypervisor host
        final int failAfterBatches
        final Closure<IOException> failure

        FailingMemoryHost(Hypervisor host, int failAfterBatches,
                          Closure<IOException> failure = { new IOException('No space left on device') }) {
            this.host = host
            this.failAfterBatches = failAfterBatches
            this.failure = failure
        }

        @Override
        void suspend(int domid) { host.suspend(domid) }

        @Override
        void resume(int domid) { host.resume(domid) }

        @Override
        GuestMemory memory(int domid) {
            def real = host.memory(domid)
            int batches = 0
            [sizeBytes           : { real.sizeBytes() },
             pages               : { real.pages() },
             writeTo             : { OutputStream out -> real.writeTo(out) },
             writePagesTo        : { BitSet pages, OutputStream out ->
                 if (batches++ >= failAfterBatches) {
                     out.write(new byte[12345])
                     throw failure.call()
                 }
                 real.writePagesTo(pages, out)
             },
             dirtiedSinceLastRound: { real.dirtiedSinceLastRound() },
             readFrom            : { InputStream in -> real.readFrom(in) }] as GuestMemory
        }
    }
}
