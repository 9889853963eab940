package xsh.toolstack.checkpoint

import java.nio.file.Files
import java.time.Instant
import xsh.toolstack.saverestore.ImageProgress
import xsh.toolstack.saverestore.SaveMode
import xsh.toolstack.saverestore.SaveRequest
import xsh.toolstack.saverestore.Saver
import xsh.toolstack.vmcontrol.Notices

/**
 * The next xsh undoes a checkpoint whose process died at any step, from the journal alone,
 * and leaves alone one that a live process is taking.
 */
class CheckpointRecoverySpec extends CheckpointFixture {

    /** A process that has ended: its pid names no process (or another one, started later). */
    static ProcessOwner deadOwner() {
        def p = new ProcessBuilder('true').start()
        long start = p.toHandle().info().startInstant().map { it.toEpochMilli() }.orElse(1L)
        p.waitFor()
        new ProcessOwner(p.pid(), start)
    }

    JournalEntry journaled(String name, ProcessOwner owner) {
        def d = info(name)
        Files.createDirectories(dir)
        catalog.begin(host.now().epochSecond) { long id ->
            new JournalEntry(id, name, d.domid(), d.state().pauseCount(), dir.resolve("$name-${id}.save"),
                    dir.resolve("$name-${id}.cfg"), ["zroot/$name@$id".toString()], owner, Instant.now())
        }
    }

    /** The checkpoint's steps up to where its process died. */
    void upTo(String step, JournalEntry e) {
        int domid = e.domid()
        if (step == 'journaled') {
            return
        }
        if (step == 'saving') {
            host.suspend(domid)
            Files.writeString(dir.resolve(".${e.image().fileName}.123.part"), 'half an image')
            return
        }
        new Saver(host).save(new SaveRequest(e.domain(), e.image().toString(), Optional.empty(), SaveMode.LEAVE_PAUSED,
                false), Notices.NONE, ImageProgress.NONE)
        if (step == 'saved') {
            return
        }
        host.storage().snapshot(e.snapshots(), false)
        if (step == 'snapshotted') {
            return
        }
        host.unpause(domid)
        Files.writeString(e.config(), 'name = "web"\n')
    }

    def "a checkpoint whose xsh died when #step: undone, told in one line"() {
        given:
        onZvol('web')
        def e = journaled('web', deadOwner())
        upTo(step, e)

        expect:
        CheckpointRecovery.needed(catalog.file())

        when:
        def lines = CheckpointRecovery.recover(catalog)

        then:
        lines == ["xsh: recovered an interrupted checkpoint of web (${e.id()}): $told".toString()]
        info('web').state().flags() ==~ RUNNING
        info('web').state().pauseCount() == 0
        nothingLeft()
        !CheckpointRecovery.needed(catalog.file())

        where:
        step          || told
        'journaled'   || 'nothing was left of it'
        'saving'      || 'resumed web, removed 1 partial file'
        'saved'       || 'resumed web, removed 1 partial file'
        'snapshotted' || 'resumed web, removed 1 partial file, destroyed 1 snapshot'
        'unpaused'    || 'removed 2 partial files, destroyed 1 snapshot'
    }

    def "a guest the user had paused is brought back to paused once, not unpaused"() {
        given:
        def web = onZvol('web')
        host.pause(web.domid())
        def e = journaled('web', deadOwner())
        upTo('snapshotted', e)

        when:
        CheckpointRecovery.recover(catalog)

        then:
        info('web').state().pauseCount() == 1
        nothingLeft()
    }

    def "a checkpoint a live process is taking is left alone, and costs no recovery"() {
        given:
        onZvol('web')
        def live = ProcessHandle.current().parent().orElseThrow()
        def owner = new ProcessOwner(live.pid(), live.info().startInstant().map { it.toEpochMilli() }.orElse(0L))
        def e = journaled('web', owner)
        upTo('saved', e)

        expect:
        !CheckpointRecovery.needed(catalog.file())
        CheckpointRecovery.recover(catalog).isEmpty()
        catalog.journal()*.id() == [e.id()]
        info('web').state().paused()
        Files.exists(e.image())
    }

    def "the domain gone (destroyed meanwhile): its files and snapshot are still removed"() {
        given:
        def web = onZvol('web')
        def e = journaled('web', deadOwner())
        upTo('snapshotted', e)
        host.destroy(web.domid(), false)

        when:
        def lines = CheckpointRecovery.recover(catalog)

        then:
        lines == ["xsh: recovered an interrupted checkpoint of web (${e.id()}): web is gone, removed 1 partial file, destroyed 1 snapshot".toString()]
        nothingLeft()
    }

    def "no checkpoint in flight: nothing to look at (no markers' directory)"() {
        expect:
        !Files.exists(catalog.markers().directory())
        !CheckpointRecovery.needed(catalog.file())
    }

    def "a marker without its journal entry (the process died between the two) goes at the next recovery"() {
        given:
        Files.createDirectories(catalog.markers().directory())
        Files.writeString(catalog.markers().directory().resolve('1552572976'), '1 1\n')

        expect:
        CheckpointRecovery.needed(catalog.file())
        CheckpointRecovery.recover(catalog).isEmpty()
        !CheckpointRecovery.needed(catalog.file())
    }
}
