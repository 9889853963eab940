package xsh.toolstack.migrate

class MigrationHappyPathSpec extends MigrationFixture {

    static final String RUNNING = /[r-][b-]----/

    def "a #type domain moves to the target under its name with a new domid, xl's messages in xl's order"() {
        given:
        def web = running('web', 16, 8 * MiB, target)  // takes domid 1 at the target
        def db = running('db', 16, 8 * MiB, source, type)

        when:
        def report = migrate('db')

        then:
        named(source, 'db') == null
        named(source, 'db--migratedaway') == null
        def moved = named(target, 'db')
        moved.domid() != db.domid()
        moved.uuid() == db.uuid()
        moved.state().flags() ==~ RUNNING
        named(target, 'db--incoming') == null
        told == ["Saving to migration stream new xl format (info ${told[0].find(/0x3\/0x0\/\d+/)})".toString(),
                 'migration sender: Target has acknowledged transfer.',
                 'migration sender: Giving target permission to start.',
                 'migration sender: Target reports successful startup.',
                 'Migration successful.']
        link.targetLines == ['migration target: Ready to receive domain.',
                             "Loading new save file <incoming migration stream> (new xl fmt info ${told[0].find(/0x3\/0x0\/\d+/)})".toString(),
                             ' Savefile contains xl domain config in JSON format',
                             'Parsing config from <saved>',
                             'migration target: Transfer complete, requesting permission to start domain.',
                             'migration target: Got permission, starting domain.',
                             'migration target: Domain started successsfully.']
        link.received.domid() == moved.domid()
        report.domain() == 'db'
        report.sourceDomid() == db.domid()
        moved.type() == db.type()
        web != null

        where:
        type << ['pv', 'pvh', 'hvm']
    }

    def "a migration to the same host: the source gives way to its copy, the name stays, the domid changes"() {
        given:
        def db = running('db')
        linkTo(ReceiverFlags.DEFAULT, source)

        when:
        migrate('db')

        then:
        source.domains()*.name() == ['Domain-0', 'db']
        named(source, 'db').domid() != db.domid()
        named(source, 'db').uuid() == db.uuid()
        named(source, 'db').state().flags() ==~ RUNNING
    }

    def "-C sends another config: the target builds the domain from it"() {
        given:
        running('db')
        def other = configFile('db', 16, 'pv', 'maxvcpus = 4')

        when:
        migrate('db', [config: other.toString()])

        then:
        target.definition(named(target, 'db').domid()).get().source().name() == other.toString()
        target.definition(named(target, 'db').domid()).get().config().vcpus().max() == 4
    }

    def "with -p the domain is left paused at the target, its memory the source's at the stop-and-copy"() {
        given:
        def db = running('db', 16, 8 * MiB)
        def recording = new RecordingHost(source)

        when:
        migrate('db', [flags: new ReceiverFlags(true, true, false)], recording)

        then:
        def moved = named(target, 'db')
        moved.state().paused()
        digest(target.memory(moved.domid())) == recording.destroyedDigests[db.domid()]
    }
}
