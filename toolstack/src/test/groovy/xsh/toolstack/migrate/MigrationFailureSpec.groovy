package xsh.toolstack.migrate

import xsh.error.MultiLineException
import xsh.error.XshException
import xsh.hv.HvError
import xsh.hv.HvException
import xsh.hv.HostSpec

/** Before the target is cleared to start, whatever fails, the source runs on under its name and the target keeps nothing. */
class MigrationFailureSpec extends MigrationFixture {

    static final String RUNNING = /[r-][b-]----/

    MigrationReport migrateOver(MigrationLink scripted, String domain) {
        new Migrator(source, home).migrate(MigrateRequest.of(domain), scripted, notices, MigrationProgress.NONE)
    }

    void sourceRunsOn(String name, int domid) {
        def d = named(source, name)
        assert d != null && d.domid() == domid
        assert d.state().flags() ==~ RUNNING
        assert named(source, name + '--migratedaway') == null
        assert target.domains().size() == 1
        assert journalEmpty()
    }

    boolean journalEmpty() {
        def dir = home.resolve('migrations')
        !java.nio.file.Files.exists(dir) || java.nio.file.Files.walk(dir).noneMatch { it.toString().endsWith('.migration') }
    }

    def "a receiver that does not send xl's banner: xl's lines naming the command, nothing sent but nothing changed"() {
        given:
        def db = running('db')
        def scripted = new ScriptedLink(reply.getBytes('ISO-8859-1'))

        when:
        migrateOver(scripted, 'db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines
        e.exitCode() == 1
        told.isEmpty()
        scripted.wasCut
        sourceRunsOn('db', db.domid())

        where:
        reply                                                    | lines
        'bash: xl: command not found\n' + ' ' * 60               | ['migration receiver stream contained unexpected data instead of banner',
                                                                    '(command run was: exec ssh target xl migrate-receive )']
        'xl migration'                                           | ['libxl: error: libxl_utils.c:505:libxl_read_exactly: file/stream truncated reading banner from migration receiver stream']
    }

    def "a receiver that answers the stream with something else than ready: the source resumes"() {
        given:
        def db = running('db')
        def scripted = new ScriptedLink((new String(Handshake.BANNER, 'ISO-8859-1') + 'nope, not ready at all!!!!!!!!!!!!!!').getBytes('ISO-8859-1'))

        when:
        migrateOver(scripted, 'db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['migration receiver stream contained unexpected data instead of ready message',
                      '(command run was: exec ssh target xl migrate-receive )',
                      'Migration failed, resuming at sender.']
        told.size() == 1 && told[0].startsWith('Saving to migration stream new xl format (info 0x3/0x0/')
        sourceRunsOn('db', db.domid())
    }

    def "the target cannot build the domain: its lines say why, the sender resumes"() {
        given:
        def db = running('db', 16)
        def failing = new RecordingHost(target)
        failing.beforeCreateIncoming = { request, name -> throw new HvException(HvError.FAIL, 'no room for it') }
        linkTo(ReceiverFlags.DEFAULT, failing)

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines().last() == 'Migration failed, resuming at sender.'
        link.receiverFailure instanceof MultiLineException
        link.receiverFailure.lines() == ['no room for it', 'migration target: Domain creation failed (code -3).']
        sourceRunsOn('db', db.domid())
    }

    def "the name is taken at the target: refused as libxl refuses it, before any page is sent"() {
        given:
        def db = running('db', 16)
        running('db', 16, MiB, target)

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines().last() == 'Migration failed, resuming at sender.'
        link.receiverFailure.lines() == ['Domain with name "db" already exists.', 'cannot make domain: -6',
                                         'migration target: Domain creation failed (code -6).']
        link.targetLines.count { it.startsWith('migration target: ') } == 1 // ready, then nothing built
        named(source, 'db').domid() == db.domid()
        named(source, 'db').state().flags() ==~ RUNNING
        target.domains().size() == 2
    }

    def "the target reports a startup failure: it destroys its copy and gives the source back, which resumes"() {
        given:
        def db = running('db', 16)
        def failing = new RecordingHost(target)
        failing.beforeUnpause = { domid -> throw new HvException(HvError.FAIL, 'unpause failed') }
        linkTo(ReceiverFlags.DEFAULT, failing)

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['migration sender: Resumed OK.', 'Migration failed due to problems at target.']
        told.drop(1) == ['migration sender: Target has acknowledged transfer.',
                         'migration sender: Giving target permission to start.',
                         'migration sender: Target reports startup failure (status code 3).',
                         'migration sender: Trying to resume at our end.']
        link.targetLines.takeRight(3) == ['migration target: Got permission, starting domain.',
                                         'migration target: Failure, destroying our copy.',
                                         'migration target: Cleanup OK, granting sender permission to resume.']
        link.receiverFailure.lines() == ['unpause failed']
        sourceRunsOn('db', db.domid())
    }

    def "the source cannot be suspended: xl's lines, and the guest runs on"() {
        given:
        def db = running('db', 16)
        def failing = new RecordingHost(source)
        failing.beforeSuspend = { domid -> throw new HvException(error, 'the guest did not suspend') }
        linkTo()

        when:
        migrate('db', [:], failing)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['the guest did not suspend', "migration sender: libxl_domain_suspend failed (rc=${error.rc()})".toString(),
                      last]
        sourceRunsOn('db', db.domid())

        where:
        error                  | last
        HvError.FAIL           | 'Migration failed, resuming at sender.'
        HvError.GUEST_TIMEDOUT | 'Migration failed, failed to suspend at sender.'
    }

    def "#what cannot be migrated, and no link is used"() {
        given:
        running('db', 16)
        def scripted = new ScriptedLink(Handshake.BANNER)

        when:
        migrateOver(scripted, domain)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        scripted.heard.size() == 0

        where:
        what       | domain     | message
        'Domain-0' | 'Domain-0' | 'unable to retrieve domain configuration'
        'nosuch'   | 'nosuch'   | 'nosuch is an invalid domain identifier (rc=-6)'
    }

    def "Ctrl-C (an interrupted thread) during pre-copy: the link is cut, the source runs on, the target keeps nothing"() {
        given:
        def db = running('db', 64, 64 * MiB)
        linkTo()
        def interrupted = false
        link.meter = { long n ->
            clock.advance(java.time.Duration.ofNanos((long) (n * 1e9 / LINK_BYTES_PER_SECOND)))
            if (!interrupted && link.sent > 20 * MiB) {
                interrupted = true
                Thread.currentThread().interrupt()
            }
        }

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        Thread.interrupted()
        e.lines() == ['migration sender: interrupted', 'migration sender: libxl_domain_suspend failed (rc=-3)',
                      'Migration failed, resuming at sender.']
        link.wasCut
        sourceRunsOn('db', db.domid())
    }

    def "Ctrl-C at the receiver (its thread interrupted) mid-stream: it destroys its copy, the sender resumes"() {
        given:
        def db = running('db', 64, 8 * MiB)
        linkTo()
        def interrupted = false
        link.meter = { long n ->
            clock.advance(java.time.Duration.ofNanos((long) (n * 1e9 / LINK_BYTES_PER_SECOND)))
            if (!interrupted && link.sent > 20 * MiB) {
                interrupted = true
                link.receiverThread.interrupt()
            }
        }

        when:
        migrate('db')

        then:
        def e = thrown(MultiLineException)
        e.lines().last() == 'Migration failed, resuming at sender.'
        link.receiverFailure.lines().last() == 'migration target: Domain creation failed (code -3).'
        sourceRunsOn('db', db.domid())
    }
}
