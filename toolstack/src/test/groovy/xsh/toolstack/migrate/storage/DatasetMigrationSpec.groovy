package xsh.toolstack.migrate.storage

import xsh.error.XshException
import xsh.toolstack.migrate.XshRecordTypes

/** migrate --with-storage: the disks' datasets reach the target whole, and leave nothing when the migration fails. */
class DatasetMigrationSpec extends StorageMigrationFixture {

    def "a zvol and a disk file move: whole while the guest runs, the writes made meanwhile with the final changes"() {
        given:
        def definition = webOnZfs()
        def sender = sender(definition)
        def intake = intake()
        def targetBefore = target.storage().names()

        when: 'the whole streams, while the guest runs and writes'
        deliver(initial(sender).list, intake)
        clock.advanceMillis(60_000) // the guest writes to both disks meanwhile
        host.storage().write(ZVOL_DISK, 8L << 20, pattern(65536, 3))
        host.storage().write(FILE_DISK, 0, pattern(4096, 4))

        then: 'the target has the datasets as they were at the first snapshot'
        sender.datasets() == ['zroot/images/web', 'zroot/web-disk']
        target.storage().digest('zroot/web-disk') == host.storage().digest('zroot/web-disk@mig1-1')
        target.storage().digest('zroot/images/web') == host.storage().digest('zroot/images/web@mig1-1')

        and: 'the source has changed since'
        host.storage().digest('zroot/web-disk') != host.storage().digest('zroot/web-disk@mig1-1')
        host.storage().digest('zroot/images/web') != host.storage().digest('zroot/images/web@mig1-1')

        when: 'the changes, with the guest suspended'
        host.pause(host.domainNamed('web').orElseThrow().domid())
        deliver(last(sender).list, intake)
        def adapted = intake.adapt(definition)
        intake.commit()
        sender.finish(true)

        then: 'the target has them as they are now, at the same paths'
        target.storage().digest('zroot/web-disk') == host.storage().digest('zroot/web-disk')
        target.storage().digest('zroot/images/web') == host.storage().digest('zroot/images/web')
        target.storage().read(ZVOL_DISK, 8L << 20, 65536) == pattern(65536, 3)
        target.storage().read(FILE_DISK, 0, 4096) == pattern(4096, 4)
        adapted.is(definition)

        and: 'the parent it needed was made; the source keeps its datasets; no snapshot is left on either side'
        intake.created() == ['zroot/images', 'zroot/images/web', 'zroot/web-disk']
        target.storage().names() as Set == (targetBefore + intake.created()) as Set
        host.storage().dataset('zroot/web-disk').isPresent()
        host.storage().dataset('zroot/images/web').isPresent()
        snapshotsOf(host).isEmpty()
        snapshotsOf(target).isEmpty()
        sender.leftovers().isEmpty()
        intake.leftovers().isEmpty()

        and: 'the domain builds on the target from what arrived'
        target.create(adapted, true).name() == 'web'
    }

    def "a dataset holding another: the holder is received first, the changes land in both, abort takes both"() {
        given:
        host.storage().createFilesystem('zroot/vm', [:], false)
        host.storage().createFilesystem('zroot/vm/web', [:], false)
        host.storage().createFile('/zroot/vm/boot.img', 1L << 20)
        host.storage().createFile('/zroot/vm/web/data.img', 1L << 20)
        def web = guest('web', "disk = ['/zroot/vm/web/data.img,raw,xvda,rw', '/zroot/vm/boot.img,raw,xvdb,rw']", 16)
        def definition = host.definition(web.domid()).orElseThrow()
        def sender = sender(definition)
        def intake = intake()
        def before = target.storage().names()

        when:
        deliver(initial(sender).list, intake)
        host.storage().write('/zroot/vm/boot.img', 0, pattern(4096, 6))
        host.storage().write('/zroot/vm/web/data.img', 0, pattern(4096, 7))
        deliver(last(sender).list, intake)

        then:
        sender.datasets() == ['zroot/vm', 'zroot/vm/web']
        target.storage().read('/zroot/vm/boot.img', 0, 4096) == pattern(4096, 6)
        target.storage().read('/zroot/vm/web/data.img', 0, 4096) == pattern(4096, 7)
        intake.adapt(definition).is(definition)

        when:
        intake.abort()

        then:
        target.storage().names() == before
    }

    def "a disk in a pool's root filesystem cannot move: the pool's root is no dataset of its own to send"() {
        given:
        host.storage().createFile('/zroot/web.img', 1L << 20)
        def web = guest('web', "disk = ['/zroot/web.img,raw,xvda,rw']", 16)

        when:
        sender(host.definition(web.domid()).orElseThrow())

        then:
        def e = thrown(XshException)
        e.message == '--with-storage: a disk of web is in zroot, the root filesystem of its pool, which cannot be sent'
    }

    def "the streams are records of at most a MiB: a plan, then per dataset a begin, data and an end"() {
        given:
        def sender = sender(webOnZfs())

        when:
        def records = initial(sender)

        then:
        records.list.every { XshRecordTypes.isStorage(it.type) && it.body.length <= (1 << 20) }
        records.list.first().type == StorageRecords.PLAN
        StorageRecords.readPlan(records.list.first().body)*.dataset() == ['zroot/images/web', 'zroot/web-disk']
        records.ofType(StorageRecords.BEGIN).collect { StorageRecords.readBegin(it.body).snapshot() } ==
                ['zroot/images/web@mig1-1', 'zroot/web-disk@mig1-1']
        records.ofType(StorageRecords.DATA).size() >= 4
        records.ofType(StorageRecords.END).size() == 2
        def streamed = records.ofType(StorageRecords.DATA).sum { it.body.length } as long
        sender.initialBytes() >= streamed / 2 && sender.initialBytes() <= streamed * 2
        snapshotsOf(host) as Set == ['zroot/images/web@mig1-1', 'zroot/web-disk@mig1-1'] as Set
    }

    def "a failed migration: abort removes every dataset the target received and every parent it made"() {
        given:
        def definition = webOnZfs()
        def sender = sender(definition)
        def intake = intake()
        def before = target.storage().names()
        deliver(initial(sender).list, intake)
        if (final_) {
            deliver(last(sender).list, intake)
        }

        when:
        intake.abort()
        sender.finish(false)

        then:
        target.storage().names() == before
        snapshotsOf(host).isEmpty()
        host.storage().digest('zroot/web-disk') != null

        when: 'abort again, as a recovery might'
        intake.abort()

        then:
        target.storage().names() == before

        where:
        final_ << [false, true]
    }

    def "a dataset that exists on the target is refused before anything is received"() {
        given:
        def sender = sender(webOnZfs())
        if (type == 'volume') {
            target.storage().createVolume(dataset, 1L << 20, [:], false, false)
        } else {
            target.storage().createFilesystem(dataset, [:], true)
        }
        def before = target.storage().names()
        def intake = intake()

        when:
        deliver(initial(sender).list, intake)

        then:
        def e = thrown(XshException)
        e.message == "migration target: dataset $dataset exists on this host; --with-storage will not overwrite it"
        e.exitCode() == 1
        target.storage().names() == before

        when: 'the migration fails: both sides clean up'
        intake.abort()
        sender.finish(false)

        then:
        target.storage().names() == before
        snapshotsOf(host).isEmpty()

        where:
        dataset            | type
        'zroot/web-disk'   | 'volume'
        'zroot/images/web' | 'filesystem'
    }

    def "a dataset whose pool the target lacks is refused by name"() {
        given:
        def intake = intake()
        def plan = StorageRecords.plan([new StorageRecords.Planned('vault/web', xsh.hv.storage.DatasetType.VOLUME, '')])

        when:
        intake.accept(StorageRecords.PLAN, plan)

        then:
        def e = thrown(XshException)
        e.message == 'migration target: dataset vault/web cannot be received: this host has no pool vault'
        intake.created().isEmpty()
    }

    def "a dataset that would go into a volume of the target is refused by name"() {
        given:
        target.storage().createVolume('zroot/vol', 1L << 20, [:], false, false)
        def intake = intake()

        when:
        intake.accept(StorageRecords.PLAN, StorageRecords.plan([new StorageRecords.Planned('zroot/vol/web', xsh.hv.storage.DatasetType.VOLUME, '')]))

        then:
        def e = thrown(XshException)
        e.message == 'migration target: dataset zroot/vol/web cannot be received: zroot/vol is a volume on this host'
    }

    def "snapshots the source has already under the migration's name: it sends nothing and leaves them"() {
        given:
        def sender = sender(webOnZfs())
        host.storage().snapshot(['zroot/web-disk@mig1-1'], false)

        when:
        initial(sender)

        then:
        thrown(XshException)

        when:
        sender.finish(false)

        then:
        snapshotsOf(host) == ['zroot/web-disk@mig1-1']
    }

    def "the target's copy of the domain must go before its disks: while it runs on them, abort tells what is left"() {
        given:
        def definition = webOnZfs()
        def sender = sender(definition)
        def intake = intake()
        deliver(initial(sender).list, intake)
        deliver(last(sender).list, intake)
        def copy = target.create(intake.adapt(definition), true)
        def before = target.storage().names()

        when:
        intake.abort()

        then:
        def e = thrown(XshException)
        e.message == "migration target: what the migration received is not all removed: " +
                "zroot/images/web is left: cannot destroy 'zroot/images/web': dataset is busy; " +
                "zroot/web-disk is left: cannot destroy 'zroot/web-disk': dataset is busy; " +
                "zroot/images is left: it still holds zroot/images/web"

        when: 'once the copy is destroyed, abort again removes everything'
        target.destroy(copy.domid(), false)
        intake.abort()

        then:
        target.storage().names().findAll { it.startsWith('zroot/web-disk') || it.startsWith('zroot/images') }.isEmpty()
        intake.leftovers().isEmpty()
    }

    def "a stream cut off half-way, then abort: nothing is left on the target"() {
        given:
        def sender = sender(webOnZfs())
        def records = initial(sender).list
        def before = target.storage().names()
        def intake = intake()
        def begins = records.findIndexValues { it.type == StorageRecords.BEGIN }
        int cut = begins[stream] + 2 // its BEGIN and one chunk of it

        when:
        deliver(records.subList(0, cut), intake)
        intake.adapt(null)

        then: 'the disks have not all arrived'
        def e = thrown(XshException)
        e.message.startsWith('migration target: the disks have not all arrived')

        when:
        intake.abort()
        sender.finish(false)

        then:
        target.storage().names() == before
        snapshotsOf(host).isEmpty()

        where:
        stream << [0, 1] // in the first dataset's stream, or in the second's once the first is whole
    }

    def "a stream that lost a chunk is refused at its end, and nothing of it is kept"() {
        given:
        def sender = sender(webOnZfs())
        def records = initial(sender).list
        def lost = records.findIndexOf { it.type == StorageRecords.DATA }
        def before = target.storage().names()
        def intake = intake()

        when:
        deliver(records.findAll { !it.is(records[lost]) }, intake)

        then:
        def e = thrown(XshException)
        e.message ==~ /migration target: the stream of zroot\/images\/web@mig1-1 arrived \d+ bytes long instead of \d+/

        when:
        intake.abort()

        then:
        target.storage().names() == before
    }

    def "a stream the target's storage refuses is told in its words, on one line"() {
        given:
        def sender = sender(webOnZfs())
        def records = initial(sender).list
        def data = records.find { it.type == StorageRecords.DATA }
        data.body[data.body.length - 1] ^= 0x55 // the stream's checksum no longer matches
        def intake = intake()

        when:
        deliver(records, intake)

        then:
        def e = thrown(XshException)
        e.message.startsWith('migration target: zroot/images/web@mig1-1: cannot receive')
        !e.message.contains('\n')
    }

    def "the changes are applied only onto what this migration received"() {
        given: 'the target has a dataset of the same name already, and the sender never sent it whole'
        def intake = intake()
        intake.accept(StorageRecords.PLAN, StorageRecords.plan([new StorageRecords.Planned('zroot/other', xsh.hv.storage.DatasetType.VOLUME, '')]))
        target.storage().createVolume('zroot/other', 1L << 20, [:], false, false)
        target.storage().snapshot(['zroot/other@mig1-1'], false)

        when:
        intake.accept(StorageRecords.BEGIN, StorageRecords.begin(new StorageRecords.Begin('zroot/other', 'zroot/other@mig1-2', 'zroot/other@mig1-1')))

        then:
        def e = thrown(XshException)
        e.message.startsWith('migration target: storage record BEGIN out of order')
        target.storage().dataset('zroot/other').isPresent()

        when: 'abort leaves what it did not make'
        intake.abort()

        then:
        target.storage().dataset('zroot/other').isPresent()
    }

    def "records out of order are refused"() {
        given:
        def intake = intake()

        when:
        intake.accept(type, body)

        then:
        def e = thrown(XshException)
        e.message.startsWith("migration target: storage record $name out of order")

        where:
        name    | type                 | body
        'DATA'  | StorageRecords.DATA  | new byte[10]
        'END'   | StorageRecords.END   | StorageRecords.end(0)
        'BEGIN' | StorageRecords.BEGIN | StorageRecords.begin(new StorageRecords.Begin('zroot/x', 'zroot/x@m-1', ''))
    }

    def "a filesystem mounted elsewhere at the source: its disk files follow to where it mounts on the target"() {
        given:
        host.storage().createFilesystem('zroot/web', [mountpoint: '/srv/web'], false)
        host.storage().createFile('/srv/web/disk.img', 8L << 20)
        host.storage().write('/srv/web/disk.img', 0, pattern(4096, 5))
        def web = guest('web', "# the web server\ndisk = [ 'format=raw, vdev=xvda, access=rw, target=/srv/web/disk.img' ]  # one disk", 16)
        def definition = host.definition(web.domid()).orElseThrow()
        def sender = sender(definition)
        def intake = intake()

        when:
        deliver(initial(sender).list, intake)
        deliver(last(sender).list, intake)
        def adapted = intake.adapt(definition)
        intake.commit()

        then:
        new String(adapted.source().bytes(), 'UTF-8') == new String(definition.source().bytes(), 'UTF-8')
                .replace('target=/srv/web/disk.img', 'target=/zroot/web/disk.img')
        adapted.config().disks()*.target() == ['/zroot/web/disk.img']
        target.storage().read('/zroot/web/disk.img', 0, 4096) == pattern(4096, 5)
        target.create(adapted, true).name() == 'web'
    }

    def "a domain none of whose disks is on ZFS cannot move its storage"() {
        given:
        def web = guest('web', '', 16)

        when:
        sender(host.definition(web.domid()).orElseThrow())

        then:
        def e = thrown(XshException)
        e.message == '--with-storage: none of the disks of web is on a ZFS dataset of this host'
    }

    def "a link that breaks while a stream is sent: the link's failure, and finish removes the snapshots"() {
        given:
        def sender = sender(webOnZfs())
        def records = new Records(failAfter: 3)

        when:
        sender.sendInitial(records)

        then:
        def e = thrown(IOException)
        e.message == 'Broken pipe'

        when:
        sender.finish(false)

        then:
        snapshotsOf(host).isEmpty()
        sender.leftovers().isEmpty()
    }
}
