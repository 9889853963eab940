package xsh.hv.storage

import spock.lang.Requires
import spock.lang.Specification

/**
 * What every {@link Storage} does, as zfs does it: each implementation runs these scenarios
 * through a subclass that says how to reach it. Scenarios were first made to pass against a
 * real zfs (zfs-fuse), which is the ground truth.
 *
 * <p>Every feature works under its own fresh filesystem {@link #base} in {@link #pool()}, so
 * one pool can serve the whole specification. Refusals are checked by exit code, by state
 * (nothing changed) and, where zfs's first line is worded the same by zfs-fuse and OpenZFS,
 * by that line exactly; elsewhere by its start or end.
 */
abstract class StorageContractSpec extends Specification {

    private static int features = 0

    /** The storage under test; the same object for a whole feature. */
    abstract Storage storage()

    /** An imported pool whose own filesystem has a mountpoint. */
    abstract String pool()

    /** Whether {@link Storage#createVolume} works here (zfs-fuse has no volumes). */
    abstract boolean supportsVolumes()

    /** Whether one call takes snapshots of several datasets (zfs-fuse's snapshot takes one name). */
    boolean snapshotsSeveralDatasetsAtOnce() {
        true
    }

    /** Whether a mounted filesystem can be renamed (zfs-fuse answers 'dataset is busy'). */
    boolean renamesMountedFilesystems() {
        true
    }

    /** Whether receive -F of a full stream replaces an existing filesystem (zfs-fuse does it, then fails with 'I/O error'). */
    boolean forceReceivesFullStreams() {
        true
    }

    /** Writes {@code bytes} as {@code file} in the mounted filesystem, replacing it, durably. */
    abstract void writeFile(String filesystem, String file, byte[] bytes)

    /** The bytes of {@code file} in the mounted filesystem, or null when it has no such file. */
    abstract byte[] readFile(String filesystem, String file)

    /** This feature's own filesystem, {@code POOL/cN}, made before it starts. */
    String base

    def setup() {
        base = "${pool()}/c${++features}-${System.nanoTime() % 100000}"
        storage().createFilesystem(base, [:], false)
    }

    // ---------------------------------------------------------------- create

    def "a filesystem is created with the properties given, under its pool's mountpoint"() {
        when:
        Dataset made = storage().createFilesystem("$base/fs", [compression: 'on'], false)

        then:
        made.name() == "$base/fs"
        made.type() == DatasetType.FILESYSTEM
        made.property('type').get() == 'filesystem'
        made.property('compression').get() == 'on'
        made.property('mountpoint').get() == "${poolMountpoint()}/${relative("$base/fs")}"
        !clone(made)
        made.property('used').get().isLong()
        made.property('referenced').get().isLong()
        made.property('available').get().isLong()
        made.pool() == pool()
        storage().dataset("$base/fs").get().name() == made.name()
    }

    def "create -p makes the missing parents, and is content when the filesystem exists"() {
        when:
        storage().createFilesystem("$base/a/b/c", [:], true)
        storage().createFilesystem("$base/a/b", [:], true)

        then:
        names() == [base, "$base/a", "$base/a/b", "$base/a/b/c"]
        types() == [DatasetType.FILESYSTEM] * 4
    }

    def "create is refused: #why"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        List<String> before = names()
        String name = target.replace('BASE', base)

        when:
        storage().createFilesystem(name, properties, false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == message.replace('NAME', name)
        names() == before

        where:
        why                          | target           | properties       | message
        'the dataset exists'         | 'BASE/fs'        | [:]              | "cannot create 'NAME': dataset already exists"
        'its parent does not exist'  | 'BASE/no/fs'     | [:]              | "cannot create 'NAME': parent does not exist"
        'an unknown property'        | 'BASE/x'         | [bogus: '1']     | "cannot create 'NAME': invalid property 'bogus'"
        'a read-only property'       | 'BASE/x'         | [used: '1']      | "cannot create 'NAME': 'used' is readonly"
    }

    def "create in a pool that does not exist is refused"() {
        when:
        storage().createFilesystem('xshnopool/fs', [:], false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot create 'xshnopool/fs': no such pool 'xshnopool'"
        !storage().pools().contains('xshnopool')
    }

    def "a filesystem name with a snapshot delimiter is refused"() {
        when:
        storage().createFilesystem("$base/x@y", [:], false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e).startsWith("cannot create '$base/x@y': ")
        names() == [base]
    }

    def "pools lists the imported pools, sorted"() {
        expect:
        storage().pools().contains(pool())
        storage().pools() == storage().pools().toSorted()
    }

    // -------------------------------------------------------------- snapshot

    def "a snapshot holds what its filesystem references, and a fresh one uses nothing"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        writeFile("$base/fs", 'disk.img', bytes(1, 64 * 1024))

        when:
        storage().snapshot(strings("$base/fs@s1"), false)

        then:
        Dataset snapshot = storage().dataset("$base/fs@s1").get()
        snapshot.type() == DatasetType.SNAPSHOT
        snapshot.property('type').get() == 'snapshot'
        snapshot.property('used').get() == '0'
        snapshot.property('referenced').get() == property("$base/fs", 'referenced')
        snapshot.property('referenced').get().toLong() >= 64 * 1024
        snapshot.property('creation').get().isLong()
        !snapshot.property('mountpoint').filter { it != '-' }.present
        snapshot.pool() == pool()
    }

    def "snapshot -r takes the snapshot of the filesystem and of every descendant"() {
        given:
        storage().createFilesystem("$base/a/b", [:], true)
        storage().createFilesystem("$base/c", [:], false)

        when:
        storage().snapshot(strings("$base/a@r"), true)

        then:
        names().findAll { it.contains('@') } == ["$base/a@r", "$base/a/b@r"]*.toString()
    }

    def "a snapshot is refused: #why"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)
        List<String> before = names()

        when:
        storage().snapshot(strings(snapshot.replace('BASE', base)), recursive)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == message.replace('BASE', base)
        names() == before

        where:
        why                           | snapshot          | recursive | message
        'it exists'                   | 'BASE/fs@s'       | false     | "cannot create snapshot 'BASE/fs@s': dataset already exists"
        'the dataset does not exist'  | 'BASE/nosuch@s'   | false     | "cannot open 'BASE/nosuch': dataset does not exist"
        '-r and no dataset'           | 'BASE/nosuch@s'   | true      | "cannot open 'BASE/nosuch': dataset does not exist"
    }

    def "snapshot -r is refused whole when a descendant has the snapshot already"() {
        given:
        storage().createFilesystem("$base/a/b", [:], true)
        storage().snapshot(strings("$base/a/b@r"), false)
        List<String> before = names()

        when:
        storage().snapshot(strings("$base/a@r"), true)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot create snapshot '$base/a/b@r': dataset already exists"
        names() == before
    }

    @Requires(value = { instance.snapshotsSeveralDatasetsAtOnce() }, reason = 'this storage snapshots one dataset per call')
    def "snapshots of several datasets are taken all together, or none"() {
        given:
        storage().createFilesystem("$base/a", [:], false)
        storage().createFilesystem("$base/b", [:], false)
        storage().snapshot(strings("$base/b@taken"), false)

        when:
        storage().snapshot(strings("$base/a@one", "$base/b@one"), false)

        then:
        has("$base/a@one") && has("$base/b@one")

        when:
        storage().snapshot(strings("$base/a@two", "$base/b@taken"), false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        !has("$base/a@two")
    }

    // ------------------------------------------------------------------ list

    def "datasets come in zfs's order: by name, each one's snapshots after it, oldest first"() {
        given:
        ['p', 'p/a', 'p-x', 'p.y', 'pa', 'P'].each { storage().createFilesystem("$base/$it", [:], false) }
        storage().snapshot(strings("$base/p@z"), false)
        storage().snapshot(strings("$base/p@a"), false)
        storage().snapshot(strings("$base/p@m"), true)

        expect:
        names() == [base, "$base/P", "$base/p", "$base/p@z", "$base/p@a", "$base/p@m",
                    "$base/p-x", "$base/p.y", "$base/p/a", "$base/p/a@m", "$base/pa"]*.toString()
        types() == [DatasetType.FILESYSTEM] * 3 + [DatasetType.SNAPSHOT] * 3 +
                [DatasetType.FILESYSTEM] * 3 + [DatasetType.SNAPSHOT, DatasetType.FILESYSTEM]
        mine().every { it.property('type').get() == it.type().word() }
        storage().datasets().find { it.name() == pool() }.type() == DatasetType.FILESYSTEM
    }

    def "a dataset that does not exist is absent"() {
        expect:
        !storage().dataset("$base/nosuch").present
        !storage().dataset("$base@nosuch").present
        !storage().dataset('xshnopool').present
    }

    // ------------------------------------------------------------ properties

    def "a child inherits its mountpoint from its parent's, and follows it when it moves"() {
        given:
        storage().createFilesystem("$base/mp/kid", [:], true)
        String moved = "${poolMountpoint()}/moved-${relative(base).replace('/', '-')}"

        expect:
        property("$base/mp/kid", 'mountpoint') == "${poolMountpoint()}/${relative("$base/mp/kid")}"

        when:
        storage().set("$base/mp", 'mountpoint', moved)

        then:
        property("$base/mp", 'mountpoint') == moved
        property("$base/mp/kid", 'mountpoint') == "$moved/kid"
    }

    def "set changes a settable property, and the children inherit it"() {
        given:
        storage().createFilesystem("$base/fs/kid", [:], true)

        when:
        storage().set("$base/fs", 'compression', 'on')
        storage().set("$base/fs", 'xsh:note', 'hello')

        then:
        property("$base/fs", 'compression') == 'on'
        property("$base/fs/kid", 'compression') == 'on'
        property("$base/fs", 'xsh:note') == 'hello'
    }

    def "set is refused: #why"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)
        String before = property("$base/fs", name)

        when:
        storage().set(target.replace('BASE', base), name, value)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e).startsWith(message.replace('BASE', base))
        property("$base/fs", name) == before

        where:
        why                         | target          | name          | value   | message
        'a read-only property'      | 'BASE/fs'       | 'used'        | '1'     | "cannot set property for 'BASE/fs': 'used' is readonly"
        'an unknown property'       | 'BASE/fs'       | 'bogus'       | '1'     | "cannot set property for 'BASE/fs': invalid property 'bogus'"
        'a value it cannot take'    | 'BASE/fs'       | 'compression' | 'bogus' | "cannot set property for 'BASE/fs': "
        'no such dataset'           | 'BASE/nosuch'   | 'compression' | 'on'    | "cannot open 'BASE/nosuch': dataset does not exist"
        'a snapshot\'s compression'  | 'BASE/fs@s'     | 'compression' | 'on'    | "cannot set property for 'BASE/fs@s': "
    }

    // ----------------------------------------------------------------- clone

    def "a clone starts with its snapshot's bytes, references as much, and names it as origin"() {
        given:
        storage().createFilesystem("$base/vm", [:], false)
        byte[] boot = bytes(2, 128 * 1024)
        writeFile("$base/vm", 'disk.img', boot)
        storage().snapshot(strings("$base/vm@booted"), false)
        writeFile("$base/vm", 'disk.img', bytes(3, 128 * 1024))

        when:
        Dataset clone = storage().clone("$base/vm@booted", "$base/vm2", [compression: 'on'], false)

        then:
        clone.name() == "$base/vm2"
        clone.type() == DatasetType.FILESYSTEM
        clone.property('origin').get() == "$base/vm@booted"
        clone.property('referenced').get() == property("$base/vm@booted", 'referenced')
        clone.property('compression').get() == 'on'
        clone.property('mountpoint').get() == "${poolMountpoint()}/${relative("$base/vm2")}"
        readFile("$base/vm2", 'disk.img') == boot
        readFile("$base/vm", 'disk.img') == bytes(3, 128 * 1024)

        when: 'the clone changes'
        writeFile("$base/vm2", 'disk.img', bytes(4, 1024))

        then: 'its snapshot does not'
        readFile("$base/vm", 'disk.img') == bytes(3, 128 * 1024)
        storage().clone("$base/vm@booted", "$base/vm3", [:], false)
        readFile("$base/vm3", 'disk.img') == boot
    }

    def "clone -p makes the missing parents"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)

        when:
        storage().clone("$base/fs@s", "$base/x/y/c", [:], true)

        then:
        names() == [base, "$base/fs", "$base/fs@s", "$base/x", "$base/x/y", "$base/x/y/c"]*.toString()
        property("$base/x/y/c", 'origin') == "$base/fs@s"
    }

    def "a clone is refused: #why"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().createFilesystem("$base/other", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)
        List<String> before = names()

        when:
        storage().clone(snapshot.replace('BASE', base), target.replace('BASE', base), [:], false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e).startsWith(message.replace('BASE', base))
        names() == before

        where:
        why                           | snapshot        | target          | message
        'no such snapshot'            | 'BASE/fs@nosuch'| 'BASE/c'        | "cannot open 'BASE/fs@nosuch': dataset does not exist"
        'the target exists'           | 'BASE/fs@s'     | 'BASE/other'    | "cannot create 'BASE/other': dataset already exists"
        'its parent does not exist'   | 'BASE/fs@s'     | 'BASE/no/c'     | "cannot create 'BASE/no/c': parent does not exist"
        'not a snapshot'              | 'BASE/fs'       | 'BASE/c'        | "cannot open 'BASE/fs': "
    }

    // -------------------------------------------------------------- rollback

    def "truncate makes a sparse file inside a mounted filesystem, or resizes it; a snapshot keeps its size"() {
        given:
        storage().createFilesystem("$base/vm", [:], false)
        String disk = storage().dataset("$base/vm").get().property('mountpoint').get() + '/disk.img'

        when:
        storage().createFile(disk, 8192)
        storage().snapshot(strings("$base/vm@s"), false)
        storage().createFile(disk, 4096)

        then:
        readFile("$base/vm", 'disk.img') == new byte[4096]
        storage().rollback("$base/vm@s", false)
        readFile("$base/vm", 'disk.img') == new byte[8192]
    }

    def "truncate is refused outside every mounted filesystem, and for a negative size"() {
        when:
        storage().createFile(path, size)

        then:
        def e = thrown(StorageException)
        e.message.startsWith(message)

        where:
        path                               | size || message
        '/nonexistent-xsh-dir/disk.img'    | 4096 || "truncate: cannot open '/nonexistent-xsh-dir/disk.img' for writing: "
        '/nonexistent-xsh-dir/disk.img'    | -1   || 'truncate: invalid size: -1'
    }

    def "rollback to the latest snapshot brings its bytes back and drops later files"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        writeFile("$base/fs", 'disk.img', bytes(5, 64 * 1024))
        storage().snapshot(strings("$base/fs@s"), false)
        writeFile("$base/fs", 'disk.img', bytes(6, 64 * 1024))
        writeFile("$base/fs", 'later', bytes(7, 10))

        when:
        storage().rollback("$base/fs@s", false)

        then:
        readFile("$base/fs", 'disk.img') == bytes(5, 64 * 1024)
        readFile("$base/fs", 'later') == null
        names() == [base, "$base/fs", "$base/fs@s"]*.toString()
    }

    def "rollback past later snapshots is refused without -r, and destroys them with it"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        writeFile("$base/fs", 'disk.img', bytes(8, 1000))
        storage().snapshot(strings("$base/fs@s1"), false)
        writeFile("$base/fs", 'disk.img', bytes(9, 1000))
        storage().snapshot(strings("$base/fs@s2"), false)
        storage().snapshot(strings("$base/fs@s3"), false)
        writeFile("$base/fs", 'disk.img', bytes(10, 1000))

        when:
        storage().rollback("$base/fs@s1", false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot rollback to '$base/fs@s1': more recent snapshots exist"
        names() == [base, "$base/fs", "$base/fs@s1", "$base/fs@s2", "$base/fs@s3"]*.toString()
        readFile("$base/fs", 'disk.img') == bytes(10, 1000)

        when:
        storage().rollback("$base/fs@s1", true)

        then:
        names() == [base, "$base/fs", "$base/fs@s1"]*.toString()
        readFile("$base/fs", 'disk.img') == bytes(8, 1000)
    }

    def "rollback -r is refused when a later snapshot has a clone"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s1"), false)
        storage().snapshot(strings("$base/fs@s2"), false)
        storage().clone("$base/fs@s2", "$base/c", [:], false)
        List<String> before = names()

        when:
        storage().rollback("$base/fs@s1", true)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot rollback to '$base/fs@s1': clones of previous snapshots exist"
        names() == before
    }

    def "rollback to a snapshot that does not exist is refused"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)

        when:
        storage().rollback("$base/fs@nosuch", false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot open '$base/fs@nosuch': dataset does not exist"
    }

    // --------------------------------------------------------------- destroy

    def "destroy removes a filesystem, and a snapshot without touching its filesystem"() {
        given:
        storage().createFilesystem("$base/gone", [:], false)
        storage().createFilesystem("$base/fs", [:], false)
        writeFile("$base/fs", 'disk.img', bytes(11, 1000))
        storage().snapshot(strings("$base/fs@s"), false)

        when:
        storage().destroy("$base/gone", false)
        storage().destroy("$base/fs@s", false)

        then:
        names() == [base, "$base/fs"]*.toString()
        readFile("$base/fs", 'disk.img') == bytes(11, 1000)
    }

    def "destroy of a filesystem with #what is refused without -r, and takes them all with it"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().createFilesystem("$base/sibling", [:], false)
        if (child) {
            storage().createFilesystem("$base/fs/child", [:], false)
        }
        storage().snapshot(strings("$base/fs@s"), child)
        List<String> before = names()

        when:
        storage().destroy("$base/fs", false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot destroy '$base/fs': filesystem has children"
        names() == before

        when:
        storage().destroy("$base/fs", true)

        then:
        names() == [base, "$base/sibling"]*.toString()

        where:
        what                         | child
        'snapshots'                  | false
        'children and snapshots'     | true
    }

    def "a snapshot with clones, or a filesystem whose snapshot has one, is not destroyed"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)
        storage().clone("$base/fs@s", "$base/c", [:], false)
        List<String> before = names()

        when:
        storage().destroy("$base/fs@s", false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot destroy '$base/fs@s': snapshot has dependent clones"
        names() == before

        when:
        storage().destroy("$base/fs", true)

        then:
        StorageException r = thrown()
        r.exitCode() == 1
        firstLine(r) == "cannot destroy '$base/fs': filesystem has dependent clones"
        names() == before

        when: 'the clone goes first'
        storage().destroy("$base/c", false)
        storage().destroy("$base/fs@s", false)

        then:
        names() == [base, "$base/fs"]*.toString()
    }

    def "destroy of a dataset that does not exist is refused (-r: #recursive)"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)

        when:
        storage().destroy("$base/nosuch", recursive)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot open '$base/nosuch': dataset does not exist"
        names() == [base, "$base/fs"]*.toString()

        where:
        recursive << [false, true]
    }

    def "destroy of a snapshot that does not exist is refused"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)

        when:
        storage().destroy("$base/fs@nosuch", false)

        then: 'in words that differ between zfs versions'
        StorageException e = thrown()
        e.exitCode() == 1
        names() == [base, "$base/fs", "$base/fs@s"]*.toString()
    }

    // ---------------------------------------------------------------- rename

    def "a snapshot is renamed by its full name or by its part after @, and its clones follow"() {
        given:
        storage().createFilesystem("$base/fs", [:], false)
        storage().snapshot(strings("$base/fs@s"), false)
        storage().clone("$base/fs@s", "$base/c", [:], false)

        when:
        storage().rename("$base/fs@s", "$base/fs@t", false)

        then:
        names() == [base, "$base/c", "$base/fs", "$base/fs@t"]*.toString()
        property("$base/c", 'origin') == "$base/fs@t"

        when:
        storage().rename("$base/fs@t", '@u', false)

        then:
        names() == [base, "$base/c", "$base/fs", "$base/fs@u"]*.toString()
        property("$base/c", 'origin') == "$base/fs@u"
    }

    def "a filesystem that is not mounted is renamed with its snapshots, and -p makes parents"() {
        given:
        storage().createFilesystem("$base/off", [canmount: 'off'], false)
        storage().snapshot(strings("$base/off@s"), false)

        when:
        storage().rename("$base/off", "$base/off2", false)

        then:
        names() == [base, "$base/off2", "$base/off2@s"]*.toString()

        when:
        storage().rename("$base/off2", "$base/x/y/off3", true)

        then:
        names() == [base, "$base/x", "$base/x/y", "$base/x/y/off3", "$base/x/y/off3@s"]*.toString()
        property("$base/x/y/off3", 'canmount') == 'off'
    }

    @Requires(value = { instance.renamesMountedFilesystems() }, reason = 'this storage cannot rename a mounted filesystem')
    def "a mounted filesystem is renamed with its children, snapshots and bytes"() {
        given:
        storage().createFilesystem("$base/fs/kid", [:], true)
        writeFile("$base/fs", 'disk.img', bytes(12, 1000))
        storage().snapshot(strings("$base/fs@s"), true)

        when:
        storage().rename("$base/fs", "$base/moved", false)

        then:
        names() == [base, "$base/moved", "$base/moved@s", "$base/moved/kid", "$base/moved/kid@s"]*.toString()
        property("$base/moved/kid", 'mountpoint') == "${poolMountpoint()}/${relative("$base/moved/kid")}"
        readFile("$base/moved", 'disk.img') == bytes(12, 1000)
    }

    def "rename is refused: #why"() {
        given:
        storage().createFilesystem("$base/off", [canmount: 'off'], false)
        storage().createFilesystem("$base/other", [:], false)
        storage().snapshot(strings("$base/off@s"), false)
        storage().snapshot(strings("$base/off@t"), false)
        List<String> before = names()

        when:
        storage().rename(from.replace('BASE', base), to.replace('BASE', base), false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e).startsWith(starts.replace('BASE', base))
        firstLine(e).endsWith(ends)
        names() == before

        where:
        why                               | from            | to              | starts                                              | ends
        'no such dataset'                 | 'BASE/nosuch'   | 'BASE/x'        | "cannot open 'BASE/nosuch': dataset does not exist" | ''
        'no such snapshot'                | 'BASE/off@no'   | 'BASE/off@x'    | "cannot open 'BASE/off@no': dataset does not exist" | ''
        'the new name exists'             | 'BASE/off'      | 'BASE/other'    | 'cannot rename '                                    | ': dataset already exists'
        'the new snapshot name exists'    | 'BASE/off@s'    | 'BASE/off@t'    | 'cannot rename '                                    | ': dataset already exists'
        'a snapshot into another dataset' | 'BASE/off@s'    | 'BASE/other@s'  | 'cannot rename '                                    | ''
        'the new parent does not exist'   | 'BASE/off'      | 'BASE/no/off'   | 'cannot '                                           | ': parent does not exist'
    }

    // ---------------------------------------------------------- send, receive

    def "a full stream received makes a new filesystem with the snapshot and its bytes"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        writeFile("$base/src", 'disk.img', bytes(13, 200 * 1024))
        storage().snapshot(strings("$base/src@s1"), false)
        byte[] stream = send("$base/src@s1", null)

        when:
        storage().receive("$base/copy", new ByteArrayInputStream(stream), false)
        storage().receive("$base/named@given", new ByteArrayInputStream(stream), false)

        then:
        stream.length > 200 * 1024
        names() == [base, "$base/copy", "$base/copy@s1", "$base/named", "$base/named@given",
                    "$base/src", "$base/src@s1"]*.toString()
        types() == [DatasetType.FILESYSTEM] + [DatasetType.FILESYSTEM, DatasetType.SNAPSHOT] * 3
        readFile("$base/copy", 'disk.img') == bytes(13, 200 * 1024)
        property("$base/copy@s1", 'referenced') == property("$base/src@s1", 'referenced')
    }

    def "an incremental stream brings a copy from the base snapshot to the later one"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        writeFile("$base/src", 'disk.img', bytes(14, 50 * 1024))
        storage().snapshot(strings("$base/src@s1"), false)
        storage().receive("$base/copy", new ByteArrayInputStream(send("$base/src@s1", null)), false)
        writeFile("$base/src", 'disk.img', bytes(15, 50 * 1024))
        storage().snapshot(strings("$base/src@s2"), false)
        byte[] incremental = send("$base/src@s2", "$base/src@s1")

        when:
        storage().receive("$base/copy", new ByteArrayInputStream(incremental), false)

        then:
        names().findAll { it.startsWith("$base/copy") } == ["$base/copy", "$base/copy@s1", "$base/copy@s2"]*.toString()

        when: 'a clone of the received snapshot shows its bytes'
        storage().clone("$base/copy@s2", "$base/seen", [:], false)

        then:
        readFile("$base/seen", 'disk.img') == bytes(15, 50 * 1024)
    }

    def "receive -F rolls a changed copy back to the base before taking the increment"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        writeFile("$base/src", 'disk.img', bytes(16, 4096))
        storage().snapshot(strings("$base/src@s1"), false)
        storage().receive("$base/copy", new ByteArrayInputStream(send("$base/src@s1", null)), false)
        writeFile("$base/src", 'disk.img', bytes(17, 4096))
        storage().snapshot(strings("$base/src@s2"), false)
        byte[] incremental = send("$base/src@s2", "$base/src@s1")
        writeFile("$base/copy", 'local', bytes(18, 4096))

        when:
        storage().receive("$base/copy", new ByteArrayInputStream(incremental), true)
        storage().clone("$base/copy@s2", "$base/seen", [:], false)

        then:
        names().findAll { it.startsWith("$base/copy") } == ["$base/copy", "$base/copy@s1", "$base/copy@s2"]*.toString()
        readFile("$base/seen", 'disk.img') == bytes(17, 4096)
        readFile("$base/seen", 'local') == null
    }

    def "a full stream onto an existing filesystem is refused without -F"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        storage().snapshot(strings("$base/src@s1"), false)
        byte[] stream = send("$base/src@s1", null)
        storage().createFilesystem("$base/there", [:], false)
        List<String> before = names()

        when:
        storage().receive("$base/there", new ByteArrayInputStream(stream), false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot receive new filesystem stream: destination '$base/there' exists"
        names() == before
    }

    @Requires(value = { instance.forceReceivesFullStreams() }, reason = 'this storage fails receive -F over a filesystem')
    def "receive -F of a full stream replaces an existing filesystem that has no snapshots"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        writeFile("$base/src", 'disk.img', bytes(19, 4096))
        storage().snapshot(strings("$base/src@s1"), false)
        byte[] stream = send("$base/src@s1", null)
        storage().createFilesystem("$base/there", [:], false)
        writeFile("$base/there", 'mine', bytes(20, 10))

        when:
        storage().receive("$base/there", new ByteArrayInputStream(stream), true)
        storage().clone("$base/there@s1", "$base/seen", [:], false)

        then:
        has("$base/there@s1")
        readFile("$base/seen", 'disk.img') == bytes(19, 4096)
        readFile("$base/seen", 'mine') == null
    }

    def "an incremental stream is refused by a target that does not exist, or lacks its base"() {
        given: 'the base is gone from the pool, so no other dataset can stand in for the target'
        storage().createFilesystem("$base/src", [:], false)
        storage().createFilesystem("$base/other", [:], false)
        storage().snapshot(strings("$base/src@s1"), false)
        storage().snapshot(strings("$base/src@s2"), false)
        byte[] incremental = send("$base/src@s2", "$base/src@s1")
        storage().destroy("$base/src@s1", false)
        List<String> before = names()

        when:
        storage().receive("$base/fresh", new ByteArrayInputStream(incremental), false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot receive incremental stream: destination '$base/fresh' does not exist"
        names() == before

        when:
        storage().receive("$base/other", new ByteArrayInputStream(incremental), false)

        then:
        StorageException other = thrown()
        other.exitCode() == 1
        firstLine(other).startsWith('cannot receive incremental stream: ')
        names() == before
    }

    def "a stream that is not one is refused and makes nothing"() {
        given:
        byte[] garbage = new byte[4096]
        new Random(42).nextBytes(garbage)

        when:
        storage().receive("$base/junk", new ByteArrayInputStream(garbage), false)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == 'cannot receive: invalid stream (bad magic number)'
        names() == [base]
    }

    def "send of a snapshot that does not exist is refused"() {
        given:
        storage().createFilesystem("$base/src", [:], false)
        ByteArrayOutputStream out = new ByteArrayOutputStream()

        when:
        storage().send("$base/src@nosuch", Optional.empty(), out)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        out.size() == 0
    }

    // --------------------------------------------------------------- volumes

    @Requires(value = { instance.supportsVolumes() }, reason = 'this storage has no volumes')
    def "a volume has its size, and its snapshots and clones are volumes"() {
        when:
        Dataset volume = storage().createVolume("$base/vol", 64L * 1024 * 1024, [:], false, false)
        storage().snapshot(strings("$base/vol@s"), false)
        Dataset clone = storage().clone("$base/vol@s", "$base/vol2", [:], false)

        then:
        volume.type() == DatasetType.VOLUME
        volume.property('type').get() == 'volume'
        volume.property('volsize').get() == "${64L * 1024 * 1024}"
        storage().dataset("$base/vol@s").get().type() == DatasetType.SNAPSHOT
        clone.type() == DatasetType.VOLUME
        clone.property('origin').get() == "$base/vol@s"
        clone.property('volsize').get() == "${64L * 1024 * 1024}"
    }

    @Requires(value = { instance.supportsVolumes() }, reason = 'this storage has no volumes')
    def "a volume is refused when it exists, or its size is not a multiple of its block size"() {
        given:
        storage().createVolume("$base/vol", 1024L * 1024, [:], false, true)
        List<String> before = names()

        when:
        storage().createVolume("$base/vol", 1024L * 1024, [:], false, true)

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        firstLine(e) == "cannot create '$base/vol': dataset already exists"

        when:
        storage().createVolume("$base/odd", 1000L, [:], false, false)

        then:
        StorageException odd = thrown()
        odd.exitCode() == 1
        firstLine(odd).startsWith("cannot create '$base/odd': ")
        names() == before
    }

    // --------------------------------------------------------------- helpers

    /** The names of this feature's datasets, in the storage's order. */
    List<String> names() {
        mine()*.name()*.toString()
    }

    /** Names as Strings: a GString in a List<String> would reach the storage as it is. */
    static List<String> strings(String... names) {
        names as List<String>
    }

    boolean has(String name) {
        names().contains(name)
    }

    List<DatasetType> types() {
        mine()*.type()
    }

    List<Dataset> mine() {
        storage().datasets().findAll { it.name() == base || it.name().startsWith("$base/") || it.name().startsWith("$base@") }
    }

    String property(String name, String property) {
        storage().dataset(name).orElseThrow { new AssertionError("no dataset $name") }.property(property).orElse(null)
    }

    String poolMountpoint() {
        property(pool(), 'mountpoint')
    }

    String relative(String name) {
        name.substring(pool().length() + 1)
    }

    static boolean clone(Dataset dataset) {
        dataset.property('origin').filter { it != '-' }.present
    }

    byte[] send(String snapshot, String from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream()
        storage().send(snapshot, Optional.ofNullable(from), out)
        out.toByteArray()
    }

    /** {@code length} bytes that differ with {@code seed}. */
    static byte[] bytes(int seed, int length) {
        byte[] bytes = new byte[length]
        new Random(seed).nextBytes(bytes)
        bytes
    }

    static String firstLine(StorageException e) {
        e.message.readLines().first()
    }
}
