package xsh.toolstack.checkpoint.restore

import java.nio.file.Files
import xsh.error.XshException
import xsh.hv.DomainState

class CheckpointRestorerSpec extends CheckpointRestoreFixture {

    def "a checkpoint restores onto clones of its snapshots, with a config that differs only in its disks' targets"() {
        given:
        debian()
        def checkpoint = checkpoint('debian', 1552572976)
        def savedDisk = host.storage().digest('tank/debian@1552572976')
        host.destroy(info('debian').domid(), false)

        when:
        def result = restoreCheckpoint('debian@1552572976')

        then:
        result.plan().clones()*.target() == ['tank/debian-1552572976', 'tank/files-1552572976']
        result.domain().name() == 'debian'
        info('debian').domid() == result.domain().domid()
        host.storage().dataset('tank/debian-1552572976').get().property('origin').get() == 'tank/debian@1552572976'
        host.storage().digest('tank/debian-1552572976') == savedDisk
        result.plan().config() == checkpoints.resolve('debian-1552572976.restored.cfg')
        Files.readString(result.plan().config()) == Files.readString(checkpoint.config())
                .replace('/dev/zvol/tank/debian,', '/dev/zvol/tank/debian-1552572976,')
                .replace('target=/tank/files/data.img', 'target=/tank/files-1552572976/data.img')
        host.definition(result.domain().domid()).get().config().disks()*.target() ==
                ['/dev/zvol/tank/debian-1552572976', '/tank/files-1552572976/data.img', kernel.toString()]
        told.contains('Parsing config from ' + result.plan().config())
    }

    def "--as NAME restores beside the running domain, under NAME in the written config"() {
        given:
        def running = debian()
        checkpoint('debian', 1552572976)

        when:
        def result = restoreCheckpoint('debian@1552572976', as: 'debian-old')

        then:
        result.domain().name() == 'debian-old'
        info('debian').domid() == running.domid()
        result.plan().config() == checkpoints.resolve('debian-old-1552572976.restored.cfg')
        Files.readString(result.plan().config()).contains('name = "debian-old"')
    }

    def "a checkpoint without snapshots (no disk on ZFS) restores with its config, renamed only"() {
        given:
        running('plain', 10)
        def checkpoint = checkpoint('plain', 1552572976, [])

        when:
        def result = restoreCheckpoint('plain@1552572976', as: 'plain-copy')

        then:
        result.plan().clones().isEmpty()
        result.domain().name() == 'plain-copy'
        Files.readString(result.plan().config()) ==
                Files.readString(checkpoint.config()).replace('name = "plain"', 'name = "plain-copy"')
    }

    def "-p leaves the restored domain paused"() {
        given:
        debian()
        checkpoint('debian', 1552572976)

        when:
        def result = restoreCheckpoint('debian@1552572976', as: 'copy', p: true)

        then:
        info('copy').state().flags().contains('p')
    }

    def "restoring a checkpoint again takes new names, never the first restore's"() {
        given:
        debian()
        checkpoint('debian', 1552572976)
        restoreCheckpoint('debian@1552572976', as: 'one')

        when:
        def second = restoreCheckpoint('debian@1552572976', as: 'one-again')
        def third = restoreCheckpoint('debian@1552572976', as: 'one', replace: true)

        then:
        second.plan().clones()*.target() == ['tank/debian-1552572976-2', 'tank/files-1552572976-2']
        second.plan().config() == checkpoints.resolve('one-again-1552572976-2.restored.cfg')
        third.plan().suffix() == '1552572976-3'
        third.plan().config() == checkpoints.resolve('one-1552572976-3.restored.cfg')
    }

    def "refused before anything changes: #why"() {
        given:
        def running = debian()
        checkpoint('debian', 1552572976)
        def datasets = datasetNames()
        def files = checkpointFiles()

        when:
        restoreCheckpoint(reference, *: options)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        datasetNames() == datasets
        checkpointFiles() == files
        info('debian').domid() == running.domid()
        host.domains().size() == 2

        where:
        why                        | reference           | options         || message
        'the domain is running'    | 'debian@1552572976' | [:]             || "checkpoint debian@1552572976: domain debian is running (id 1); restore it --as another name, or --replace it"
        '--as a running domain'    | 'debian@1552572976' | [as: 'debian']  || "checkpoint debian@1552572976: domain debian is running (id 1); restore it --as another name, or --replace it"
        'no such id'               | 'debian@1'          | [as: 'x']       || 'xsh: no checkpoint 1 on this host'
        'another domain\'s id'     | 'web@1552572976'    | [as: 'x']       || 'xsh: checkpoint 1552572976 is of debian, not of web'
        'an id alone, not there'   | '@7'                | [as: 'x']       || 'xsh: no checkpoint 7 on this host'
        'not DOMAIN@ID'            | 'debian'            | [as: 'x']       || 'xsh: debian: not a checkpoint (an id such as 1552572976, @1552572976 or DOMAIN@1552572976)'
        'a name that is a path'    | 'debian@1552572976' | [as: 'a/b']     || refusalOf('a/b')
    }

    static String refusalOf(String name) {
        xsh.toolstack.domain.DomainFileNames.refusal(name).get()
    }

    def "a clone that fails undoes the clones made before it; no config, no domain"() {
        given:
        debian()
        checkpoint('debian', 1552572976)
        def datasets = datasetNames()
        def files = checkpointFiles()
        def failing = new FailingHost(host: host,
                storage: new CloneFailingStorage(storage: host.storage(), failing: ['tank/files-'] as Set))

        when:
        restoreCheckpoint('debian@1552572976', failing, as: 'copy')

        then:
        def e = thrown(XshException)
        e.message == "checkpoint restore debian@1552572976: cloning tank/files@1552572976 to tank/files-1552572976 " +
                "failed: cannot create 'tank/files-1552572976': out of space"
        e.exitCode() == 1
        datasetNames() == datasets
        checkpointFiles() == files
        info('copy') == null
    }

    def "an image that cannot be restored undoes the clones and the config, and the running domain runs on#how"() {
        given:
        def running = debian()
        def checkpoint = checkpoint('debian', 1552572976)
        corrupt(checkpoint.image())
        def datasets = datasetNames()
        def files = checkpointFiles()

        when:
        restoreCheckpoint('debian@1552572976', *: options)

        then:
        def e = thrown(XshException)
        e.message.startsWith("checkpoint restore debian@1552572976: restoring ${checkpoint.image()} failed: ")
        !e.message.contains('\n')
        datasetNames() == datasets
        checkpointFiles() == files
        info('debian').domid() == running.domid()
        info('debian').state().flags() ==~ /[r-][b-]----/
        host.domains()*.name().sort() == ['Domain-0', 'debian']

        where:
        how                        | options
        ''                         | [as: 'copy']
        ', under --replace'        | [replace: true]
    }

    def "--replace restores paused under a staging name, then destroys the old domain and takes its name"() {
        given:
        def old = debian()
        checkpoint('debian', 1552572976)

        when:
        def result = restoreCheckpoint('debian@1552572976', replace: true)

        then:
        result.domain().name() == 'debian'
        result.domain().domid() != old.domid()
        host.domain(old.domid()).isEmpty()
        info('debian').state().flags() ==~ /[r-][b-]----/
        host.domains()*.name().sort() == ['Domain-0', 'debian']
        host.definition(result.domain().domid()).get().source().name() == result.plan().config().toString()
        told.contains('Parsing config from ' + checkpoints.resolve('.debian-1552572976.restored.cfg.staging'))
        !Files.exists(checkpoints.resolve('.debian-1552572976.restored.cfg.staging'))
    }

    def "--replace: when the old domain cannot be destroyed, the restored one goes again and the old one runs on"() {
        given:
        def old = debian()
        checkpoint('debian', 1552572976)
        def datasets = datasetNames()
        def files = checkpointFiles()

        when:
        restoreCheckpoint('debian@1552572976', new FailingHost(host: host, destroyFails: [old.domid()] as Set),
                replace: true)

        then:
        def e = thrown(XshException)
        e.message == 'checkpoint restore debian@1552572976: destroying the replaced domain debian (id 1) failed: ' +
                'destroy failed (injected)'
        host.domains()*.name() == ['Domain-0', 'debian']
        info('debian').domid() == old.domid()
        datasetNames() == datasets
        checkpointFiles() == files
    }

    def "--replace: once the old domain is destroyed, the restored one is kept even if it cannot take the name"() {
        given:
        def old = debian()
        checkpoint('debian', 1552572976)
        def failing = new FailingHost(host: host, renameFails: (0..20) as Set)

        when:
        restoreCheckpoint('debian@1552572976', failing, replace: true)

        then:
        def e = thrown(XshException)
        def kept = host.domainNamed('debian-restoring-1552572976').get()
        e.message == "checkpoint restore debian@1552572976: the replaced domain is destroyed and the restored one " +
                "is kept, but renaming debian-restoring-1552572976 (id ${kept.domid()}) to debian failed: " +
                'rename failed (injected)'
        host.domain(old.domid()).isEmpty()
        host.storage().dataset('tank/debian-1552572976').isPresent()
        Files.exists(checkpoints.resolve('debian-1552572976.restored.cfg'))
    }

    static void corrupt(java.nio.file.Path image) {
        def bytes = Files.readAllBytes(image)
        bytes[bytes.length.intdiv(2)] ^= 0x55
        Files.write(image, bytes)
    }
}
