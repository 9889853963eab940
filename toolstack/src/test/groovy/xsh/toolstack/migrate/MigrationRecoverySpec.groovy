package xsh.toolstack.migrate

import java.nio.file.Files
import xsh.hv.RestoreRequest
import xsh.toolstack.vmcontrol.ConfigFileReader
import xsh.toolstack.vmcontrol.ConfigTyper

/** What a migration whose process died left on a host is undone by the next process that opens it. */
class MigrationRecoverySpec extends MigrationFixture {

    static final String RUNNING = /[r-][b-]----/

    /** A pid no process has any more. */
    static long deadPid() {
        def p = new ProcessBuilder('true').start()
        p.waitFor()
        p.pid()
    }

    MigrationJournal deadEntry(String host, String role, Map<String, String> fields) {
        def journal = MigrationJournal.open(home, host, role, fields)
        journal.note('pid', Long.toString(deadPid()))
        journal
    }

    boolean journalEmpty(String host) {
        def dir = MigrationJournal.directory(home, host)
        !Files.exists(dir) || Files.list(dir).count() == 0
    }

    def "a sender that died at step #step (renamed away: #renamed): the source gets its name back and runs on"() {
        given:
        def db = running('db')
        source.suspend(db.domid())
        if (renamed) {
            source.rename(db.domid(), 'db--migratedaway')
        }
        deadEntry('h1', 'sending', [domid: "${db.domid()}".toString(), uuid: db.uuid().toString(), name: 'db', step: step])

        when:
        MigrationRecovery.recoverInterrupted(home, source, notices)

        then:
        named(source, 'db').domid() == db.domid()
        named(source, 'db').state().flags() ==~ RUNNING
        told == ["xsh: db (domain ${db.domid()}) runs on here: its migration's sender died before the target was cleared to start".toString()]
        journalEmpty('h1')

        where:
        step         | renamed
        'SUSPENDING' | false
        'SUSPENDING' | true
    }

    def "a sender that died after GO: its source stays suspended as NAME--migratedaway, and the line says to check the target"() {
        given:
        def db = running('db')
        source.suspend(db.domid())
        source.rename(db.domid(), 'db--migratedaway')
        deadEntry('h1', 'sending', [domid: "${db.domid()}".toString(), uuid: db.uuid().toString(), name: 'db', step: 'GO'])

        when:
        MigrationRecovery.recoverInterrupted(home, source, notices)

        then:
        named(source, 'db--migratedaway').state().flags() == '---ss-'
        told.size() == 1 && told[0].contains('check the target')
        journalEmpty('h1')
    }

    def "a receiver that died: its NAME--incoming is destroyed"() {
        given:
        def typed = ConfigTyper.type(ConfigFileReader.read(Optional.of(configFile('db', 16).toString()), []))
        def incoming = target.createIncoming(new RestoreRequest(typed.definition(), 16 * MiB, OptionalInt.empty(), true),
                'db--incoming')
        deadEntry('h2', 'receiving', [name: 'db', domid: "${incoming.domid()}".toString()])

        when:
        MigrationRecovery.recoverInterrupted(home, target, notices)

        then:
        target.domains().size() == 1
        told == ["xsh: destroyed db--incoming (domain ${incoming.domid()}), left by a migration whose receiver died".toString()]
        journalEmpty('h2')
    }

    def "a migration whose process lives on is left alone, and with nothing in flight nothing is done"() {
        given:
        def db = running('db')
        source.suspend(db.domid())
        MigrationJournal.open(home, 'h1', 'sending', [domid: "${db.domid()}".toString(), uuid: db.uuid().toString(),
                                                       name: 'db', step: 'SUSPENDING'])

        when:
        MigrationRecovery.recoverInterrupted(home, source, notices)
        MigrationRecovery.recoverInterrupted(home, target, notices)

        then:
        named(source, 'db').state().flags() == '---ss-'
        told.isEmpty()
        !journalEmpty('h1')
    }
}
