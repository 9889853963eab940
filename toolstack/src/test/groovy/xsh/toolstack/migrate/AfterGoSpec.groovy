package xsh.toolstack.migrate

import xsh.error.MultiLineException

/**
 * The link fails after the target was cleared to start: a probe of the target settles it,
 * and the source follows; without a probe, xl's warning, and the source stays suspended.
 */
class AfterGoSpec extends MigrationFixture {

    static final String RUNNING = /[r-][b-]----/

    RecordingHost recordingTarget

    PipedLink probedLink(boolean probe = true, ReceiverFlags flags = ReceiverFlags.DEFAULT) {
        recordingTarget = new RecordingHost(target)
        linkTo(flags, recordingTarget)
        if (probe) {
            link.probe = { String name, boolean leftPaused -> TargetSettlement.settle(target, name, leftPaused) } as TargetProbe
        }
        link
    }

    def "the target started its copy but its report is lost: the probe finds it running, the source is destroyed"() {
        given:
        def db = running('db')
        probedLink()
        recordingTarget.afterUnpause = { domid -> link.dropReplies() }

        when:
        def report = migrate('db')

        then:
        named(source, 'db') == null
        named(source, 'db--migratedaway') == null
        named(target, 'db').state().flags() ==~ RUNNING
        named(target, 'db').uuid() == db.uuid()
        told.takeRight(2) == ['migration sender: The link failed after the target was cleared to start, and the target runs db: destroying our copy.',
                              'Migration successful.']
        told[-3] == 'libxl: error: libxl_utils.c:505:libxl_read_exactly: file/stream truncated reading success/failure report message from migration receiver stream'
        report.rounds() > 0
        link.receiverFailure.message.startsWith('migration target: the domain runs here, but the sender could not be told')
    }

    def "with -p the target's copy is renamed and left paused, its report lost: the probe keeps it, the source is destroyed"() {
        given:
        def db = running('db')
        def paused = new ReceiverFlags(true, true, false)
        probedLink(true, paused)
        recordingTarget.afterRename = { domid, name -> if (name == 'db') link.dropReplies() }

        when:
        def report = migrate('db', [flags: paused])

        then:
        report.rounds() > 0
        named(source, 'db') == null
        named(source, 'db--migratedaway') == null
        named(target, 'db').uuid() == db.uuid()
        named(target, 'db').state().paused()
        told.takeRight(2) == ['migration sender: The link failed after the target was cleared to start, and the target runs db: destroying our copy.',
                              'Migration successful.']
    }

    def "the receiver is killed after GO before it renamed its copy: the probe clears the target, the source resumes under its name"() {
        given:
        def db = running('db')
        probedLink()
        recordingTarget.beforeRename = { domid, name -> throw new Killed() }

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['libxl: error: libxl_utils.c:505:libxl_read_exactly: file/stream truncated reading success/failure report message from migration receiver stream',
                      'migration sender: The link failed after the target was cleared to start; the target holds no copy of db.',
                      'migration sender: Resumed OK.',
                      'Migration failed, resuming at sender.']
        named(source, 'db').domid() == db.domid()
        named(source, 'db').state().flags() ==~ RUNNING
        target.domains().size() == 1
    }

    def "without a probe the source is left suspended as NAME--migratedaway, with xl's warning"() {
        given:
        def db = running('db')
        probedLink(false)
        recordingTarget.beforeRename = { domid, name -> throw new Killed() }

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines().drop(1) == Migrator.FAILED_BADLY
        def away = named(source, 'db--migratedaway')
        away.domid() == db.domid()
        away.state().flags() == '---ss-'
        named(target, 'db--incoming').state().paused()
    }
}
