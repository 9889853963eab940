package xsh.toolstack.checkpoint.retention

import static xsh.toolstack.checkpoint.retention.RetentionSpec.NOW
import static xsh.toolstack.checkpoint.retention.RetentionSpec.UTC
import static xsh.toolstack.checkpoint.retention.RetentionSpec.taken

import spock.lang.Specification
import xsh.error.XshException
import xsh.toolstack.checkpoint.InMemoryCheckpointCatalog

class CheckpointPrunerSpec extends Specification {

    InMemoryCheckpointCatalog catalog = new InMemoryCheckpointCatalog().leftWith([
            taken('debian', '2026-11-21 09:00'), taken('debian', '2026-11-21 10:00'), taken('debian', '2026-11-21 11:00'),
            taken('web', '2026-11-21 08:00'), taken('web', '2026-11-21 12:00')])
    CheckpointPruner pruner = new CheckpointPruner(catalog, UTC)
    List<String> told = []

    /** The id of the checkpoint taken at {@code time} on the 21st. */
    static long id(String time) {
        taken("2026-11-21 $time").id()
    }

    PruneResult prune(String domain = null, String keep, boolean dryRun) {
        def result = pruner.prune(Optional.ofNullable(domain), RetentionPolicy.parse(keep), NOW, dryRun)
        told.addAll(result.deleted()*.reference())
        result
    }

    def "a dry run tells exactly what a real run then deletes, and deletes nothing"() {
        when:
        def dry = prune('last=1', true)

        then:
        told == ["debian@${id('09:00')}", "debian@${id('10:00')}", "web@${id('08:00')}"]
        catalog.deleted.isEmpty()
        catalog.checkpoints.size() == 5
        dry.dryRun()

        when:
        told.clear()
        def real = prune('last=1', false)

        then:
        told == ["debian@${id('09:00')}", "debian@${id('10:00')}", "web@${id('08:00')}"]
        catalog.deleted == [id('09:00'), id('10:00'), id('08:00')]
        real.deleted() == dry.deleted()
        real.kept()*.reference() == ["debian@${id('11:00')}", "web@${id('12:00')}"]
    }

    def "only DOMAIN's checkpoints when given"() {
        when:
        prune('web', 'last=1', false)

        then:
        catalog.deleted == [id('08:00')]
    }

    def "a delete that fails is reported and the others still go"() {
        given:
        catalog.failing = [id('10:00')] as Set

        when:
        def result = prune('last=1', false)

        then:
        catalog.deleted == [id('09:00'), id('08:00')]
        result.failures()*.checkpoint()*.reference() == ["debian@${id('10:00')}"]
        result.failures()*.reason() == ['cannot destroy snapshot: snapshot has dependent clones']
        told == ["debian@${id('09:00')}", "web@${id('08:00')}"]
    }

    def "a DOMAIN without checkpoints is an error"() {
        when:
        prune('nosuch', 'last=1', true)

        then:
        def e = thrown(XshException)
        e.message == 'checkpoint prune: domain nosuch has no checkpoints'
        e.exitCode() == 1
    }
}
