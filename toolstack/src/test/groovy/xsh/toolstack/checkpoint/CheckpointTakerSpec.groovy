package xsh.toolstack.checkpoint

import java.nio.file.Files
import xsh.error.XshException

/** checkpoint create: save -p, snapshot, unpause as one operation, in the catalog whole. */
class CheckpointTakerSpec extends CheckpointFixture {

    def "a checkpoint of a guest on a zvol: image, config, snapshot, checksum, pause window; the guest runs on"() {
        given:
        def web = onZvol('web')
        clock.advanceMillis(5_000)

        when:
        def c = take('web')

        then:
        c.id() == host.now().epochSecond
        c.domain() == 'web'
        c.image() == dir.resolve("web-${c.id()}.save")
        c.config() == dir.resolve("web-${c.id()}.cfg")
        c.snapshots() == ["zroot/web@${c.id()}".toString()]
        c.imageBytes() == Files.size(c.image())
        c.imageSha256() == CheckpointProblems.sha256(c.image())
        c.pauseMillis() >= 0
        Files.readString(c.config()) == new String(host.definition(web.domid()).get().source().bytes(), 'UTF-8')
        host.storage().dataset(c.snapshots()[0]).isPresent()
        info('web').state().flags() ==~ RUNNING
        info('web').domid() == web.domid()
        catalog.list(Optional.empty()) == [c]
        catalog.find(c.id()) == Optional.of(c)
        catalog.journal().isEmpty()
        Files.list(catalog.markers().directory()).count() == 0
        CheckpointProblems.verified(c, host.storage().names() as Set).isEmpty()
    }

    def "two checkpoints in one second get distinct ids, the later one more"() {
        given:
        onZvol('web')

        when:
        def first = take('web')
        def second = take('web')

        then:
        second.id() == first.id() + 1
        catalog.list(Optional.of('web'))*.id() == [first.id(), second.id()]
    }

    def "a guest the user had paused is still paused afterwards, once"() {
        given:
        def web = onZvol('web')
        host.pause(web.domid())

        when:
        take('web')

        then:
        info('web').state().pauseCount() == 1
    }

    def "the dataset of a disk file is the filesystem mounted deepest above it"() {
        given:
        host.storage().createFilesystem('zroot/images/web', [:], false)
        host.storage().createFile('/zroot/images/web/disk.img', 32L << 20)
        guest('web', "disk = ['/zroot/images/web/disk.img,raw,xvda,rw']")

        when:
        def c = take('web')

        then:
        c.snapshots() == ["zroot/images/web@${c.id()}".toString()]
    }

    def "disks on several datasets: all of them, snapshotted at one instant"() {
        given:
        host.storage().createVolume('zroot/web-data', 64L << 20, [:], false, false)
        host.storage().createVolume('zroot/web', 64L << 20, [:], false, false)
        guest('web', "disk = ['phy:/dev/zvol/zroot/web,xvda,w', 'phy:/dev/zvol/zroot/web-data,xvdb,w']")

        when:
        def c = take('web')

        then:
        c.snapshots() == ["zroot/web@${c.id()}", "zroot/web-data@${c.id()}"]*.toString()
    }

    def "--dataset overrides the disks' datasets"() {
        given:
        onZvol('web')

        when:
        def c = take('web', host, ['zroot/images'])

        then:
        c.snapshots() == ["zroot/images@${c.id()}".toString()]
    }

    def "refused before anything is done: #why"() {
        given:
        def image = Files.writeString(home.resolve('web.img'), 'disk')
        guest('web', disk.replace('FILE', image.toString()))
        def before = info('web').state()

        when:
        take('web', host, datasets)

        then:
        def e = thrown(XshException)
        e.message == "xsh: cannot checkpoint web: $why".toString()
        e.exitCode() == 1
        info('web').state() == before
        nothingLeft()

        where:
        disk                                | datasets           || why
        ''                                  | []                 || 'none of its disks is on ZFS; name the dataset to snapshot with --dataset'
        "disk = ['FILE,raw,xvda,rw']"       | []                 || 'none of its disks is on ZFS; name the dataset to snapshot with --dataset'
        ''                                  | ['zroot/nosuch']   || 'dataset zroot/nosuch does not exist'
    }

    def "Domain-0 and an unknown domain are refused"() {
        when:
        take(domain)

        then:
        def e = thrown(XshException)
        e.message == message

        where:
        domain     || message
        'Domain-0' || 'xsh: cannot checkpoint Domain-0: Domain-0 is the host itself, not a guest'
        'nosuch'   || 'nosuch is an invalid domain identifier (rc=-6)'
    }

    def "a snapshot of that name already there is refused before the guest is paused, and is left alone"() {
        given:
        onZvol('web')
        def id = host.now().epochSecond
        host.storage().snapshot(["zroot/web@$id".toString()], false)

        when:
        take('web')

        then:
        def e = thrown(XshException)
        e.message == "xsh: cannot checkpoint web: zroot/web@$id exists already".toString()
        host.storage().dataset("zroot/web@$id".toString()).isPresent()
        info('web').state().flags() ==~ RUNNING
        info('web').state().pauseCount() == 0
        catalog.list(Optional.empty()).isEmpty()
        catalog.journal().isEmpty()
    }

    def "a checkpoint of a domain another xsh is checkpointing is refused, and the other one's is left alone"() {
        given:
        def web = onZvol('web')
        def other = ProcessHandle.current().parent().orElseThrow()
        def owner = new ProcessOwner(other.pid(), other.info().startInstant().map { it.toEpochMilli() }.orElse(0L))
        Files.createDirectories(dir)
        def theirs = catalog.begin(host.now().epochSecond) { long id ->
            new JournalEntry(id, 'web', web.domid(), 0, dir.resolve("web-${id}.save"), dir.resolve("web-${id}.cfg"),
                    ["zroot/web@$id".toString()], owner, java.time.Instant.now())
        }

        when:
        take('web')

        then:
        def e = thrown(XshException)
        e.message == "xsh: cannot checkpoint web: xsh process ${other.pid()} is taking a checkpoint of it".toString()
        catalog.journal()*.id() == [theirs.id()]
        info('web').state().flags() ==~ RUNNING
    }
}
