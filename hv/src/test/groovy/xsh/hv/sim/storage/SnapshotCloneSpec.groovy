package xsh.hv.sim.storage

import xsh.hv.storage.DatasetType
import xsh.hv.storage.StorageException

/** Snapshots, clones, rollback, destroy and rename, with zfs's refusals (the zfs-fuse transcript's words). */
class SnapshotCloneSpec extends StorageFixture {

    def setup() {
        zfs.createFilesystem('tank/vm', [:], false)
        zfs.createFilesystem('tank/vm/a/b', [:], true)
        zfs.createFilesystem('tank/bad name', [:], false)
    }

    def "snapshots are listed after their dataset, oldest first; -r snapshots every dataset below at once"() {
        when:
        zfs.snapshot(['tank/vm@t1'], false)
        zfs.snapshot(['tank@r1'], true)
        zfs.snapshot(['tank/vm@t2'], false)

        then:
        names() == ['tank', 'tank@r1', 'tank/bad name', 'tank/bad name@r1', 'tank/vm', 'tank/vm@t1', 'tank/vm@r1',
                    'tank/vm@t2', 'tank/vm/a', 'tank/vm/a@r1', 'tank/vm/a/b', 'tank/vm/a/b@r1', 'zroot']
        zfs.dataset('tank/vm@t1').get().type() == DatasetType.SNAPSHOT
        prop('tank/vm@r1', 'createtxg') == prop('tank/vm/a/b@r1', 'createtxg')
        prop('tank/vm@t1', 'used') == '0'
        prop('tank/vm@t1', 'referenced') == prop('tank/vm', 'referenced')
    }

    def "snapshot refuses as zfs does, and a refused list makes none of its snapshots"() {
        given:
        zfs.snapshot(['tank/vm@t1'], false)

        expect:
        refusal { zfs.snapshot(list, recursive) } == message
        names().count { it.contains('@') } == 1

        where:
        list                           | recursive || message
        ['tank/vm@t1']                 | false     || "cannot create snapshot 'tank/vm@t1': dataset already exists"
        ['tank/nosuch@t1']             | false     || "cannot open 'tank/nosuch': dataset does not exist"
        ['tank/vm@x', 'tank/nosuch@x'] | false     || "cannot open 'tank/nosuch': dataset does not exist"
        ['tank@t1']                    | true      || "cannot create snapshot 'tank/vm@t1': dataset already exists"
        ['tank/vm']                    | false     || "cannot create snapshot 'tank/vm': missing '@' delimiter in snapshot name"
        ['tank/vm@']                   | false     || "cannot create snapshot 'tank/vm@': empty component in name"
        ['tank/vm@a*']                 | false     || "cannot create snapshot 'tank/vm@a*': invalid character '*' in name"
        ['tank/vm@x', 'tank/vm@y']     | false     || "cannot create snapshots : multiple snapshots of same fs not allowed"
    }

    def "a clone has its origin, shares its snapshot's data, and is refused as zfs refuses"() {
        given:
        zfs.createFile('/tank/vm/disk.img', 1 << 20)
        zfs.write('/tank/vm/disk.img', 0, bytes('hello'))
        zfs.snapshot(['tank/vm@t1'], false)

        when:
        zfs.clone('tank/vm@t1', 'tank/vmclone', [:], false)

        then:
        prop('tank/vmclone', 'origin') == 'tank/vm@t1'
        prop('tank/vmclone', 'mountpoint') == '/tank/vmclone'
        prop('tank/vmclone', 'used') == '0'
        prop('tank/vmclone', 'referenced') == prop('tank/vm@t1', 'referenced')
        prop('tank/vm@t1', 'clones') == 'tank/vmclone'
        new String(zfs.read('/tank/vmclone/disk.img', 0, 5)) == 'hello'
        refusal { zfs.clone('tank/vm@nosuch', 'tank/c2', [:], false) } == "cannot open 'tank/vm@nosuch': dataset does not exist"
        refusal { zfs.clone('tank/vm@t1', 'tank/vmclone', [:], false) } == "cannot create 'tank/vmclone': dataset already exists"
        refusal { zfs.clone('tank/vm@t1', 'tank/x/y', [:], false) } == "cannot create 'tank/x/y': parent does not exist"
        refusal { zfs.clone('tank/vm@t1', 'zroot/c', [:], false) } == "cannot create 'zroot/c': source and target pools differ"
        refusal { zfs.clone('tank/vm', 'tank/c3', [:], false) } == "cannot open 'tank/vm': operation not applicable to datasets of this type"
    }

    def "destroy refuses a snapshot with clones and a dataset with children, naming them in zfs's order"() {
        given:
        zfs.snapshot(['tank/vm@t1'], false)
        zfs.snapshot(['tank@r1'], true)
        zfs.snapshot(['tank/vm@t2'], false)
        zfs.clone('tank/vm@t1', 'tank/vmclone', [:], false)

        expect:
        refusal { zfs.destroy('tank/vm@t1', false) } == """cannot destroy 'tank/vm@t1': snapshot has dependent clones
use '-R' to destroy the following datasets:
tank/vmclone"""
        refusal { zfs.destroy('tank/vm', false) } == """cannot destroy 'tank/vm': filesystem has children
use '-r' to destroy the following datasets:
tank/vm/a/b@r1
tank/vm/a/b
tank/vm/a@r1
tank/vm/a
tank/vm@t1
tank/vm@r1
tank/vm@t2"""
        refusal { zfs.destroy('tank/vm', true) } == """cannot destroy 'tank/vm': filesystem has dependent clones
use '-R' to destroy the following datasets:
tank/vmclone"""
        refusal { zfs.destroy('tank/nosuch', false) } == "cannot open 'tank/nosuch': dataset does not exist"
        refusal { zfs.destroy('tank/vm@nosuch', false) } == "could not find any snapshots to destroy; check snapshot names."
        refusal { zfs.destroy('tank', false) }.startsWith("cannot destroy 'tank': operation does not apply to pools\n")
        names().size() == 14
    }

    def "destroy -r takes a dataset with its children and snapshots; the clone goes first"() {
        given:
        zfs.snapshot(['tank@r1'], true)
        zfs.clone('tank/vm@r1', 'tank/vmclone', [:], false)

        when:
        zfs.destroy('tank/vmclone', false)
        zfs.destroy('tank/vm', true)

        then:
        names() == ['tank', 'tank@r1', 'tank/bad name', 'tank/bad name@r1', 'zroot']
    }

    def "destroy -r of a snapshot name destroys it in every dataset below; of a pool, everything in it"() {
        given:
        zfs.snapshot(['tank@r1'], true)

        when:
        zfs.destroy('tank/vm@r1', true)

        then:
        names().findAll { it.contains('@') } == ['tank@r1', 'tank/bad name@r1']

        when:
        zfs.destroy('tank', true)

        then:
        names() == ['tank', 'zroot']
    }

    def "rollback refuses with later snapshots and names them; -r destroys them"() {
        given:
        zfs.snapshot(['tank/vm@t1'], false)
        zfs.snapshot(['tank@r1'], true)
        zfs.snapshot(['tank/vm@t2'], false)

        expect:
        refusal { zfs.rollback('tank/vm@t1', false) } == """cannot rollback to 'tank/vm@t1': more recent snapshots exist
use '-r' to force deletion of the following snapshots:
tank/vm@r1
tank/vm@t2"""

        when:
        zfs.rollback('tank/vm@r1', true)

        then:
        names().findAll { it.startsWith('tank/vm@') } == ['tank/vm@t1', 'tank/vm@r1']
    }

    def "rollback -r refuses when a later snapshot has clones"() {
        given:
        zfs.snapshot(['tank/vm@t1'], false)
        zfs.snapshot(['tank/vm@t2'], false)
        zfs.clone('tank/vm@t2', 'tank/c', [:], false)

        expect:
        refusal { zfs.rollback('tank/vm@t1', true) } == """cannot rollback to 'tank/vm@t1': clones of previous snapshots exist
use '-R' to force deletion of the following clones and dependents:
tank/c"""
    }

    def "rename moves a dataset with its children and snapshots; a snapshot is renamed within its dataset"() {
        given:
        zfs.snapshot(['tank@r1'], true)

        when:
        zfs.rename('tank/vm', 'tank/guests', false)
        zfs.rename('tank/guests@r1', '@first', false)
        zfs.rename('tank/guests/a', 'tank/x/y/a', true)

        then:
        names() == ['tank', 'tank@r1', 'tank/bad name', 'tank/bad name@r1', 'tank/guests', 'tank/guests@first',
                    'tank/x', 'tank/x/y', 'tank/x/y/a', 'tank/x/y/a@r1', 'tank/x/y/a/b', 'tank/x/y/a/b@r1', 'zroot']
        prop('tank/x/y/a/b', 'mountpoint') == '/tank/x/y/a/b'
    }

    def "rename refuses as zfs does: #why"() {
        given:
        zfs.snapshot(['tank/vm@t1', 'tank/bad name@t1'], false)

        expect:
        refusal { zfs.rename(from, to, false) } == message

        where:
        why                   | from         | to             || message
        'no such dataset'     | 'tank/nosuch'| 'tank/x'       || "cannot open 'tank/nosuch': dataset does not exist"
        'no such snapshot'    | 'tank/vm@t9' | 'tank/vm@x'    || "cannot open 'tank/vm@t9': dataset does not exist"
        'target exists'       | 'tank/vm'    | 'tank/bad name'|| "cannot rename to 'tank/bad name': dataset already exists"
        'no parent'           | 'tank/vm'    | 'tank/p/q'     || "cannot rename to 'tank/p/q': parent does not exist"
        'other pool'          | 'tank/vm'    | 'zroot/vm'     || "cannot rename to 'zroot/vm': datasets must be within same pool"
        'into itself'         | 'tank/vm'    | 'tank/vm/a/c'  || "cannot rename to 'tank/vm/a/c': New dataset name cannot be a descendant of current dataset name"
        'snapshot elsewhere'  | 'tank/vm@t1' | 'tank/x@t1'    || "cannot rename to 'tank/x@t1': snapshots must be part of same dataset"
        'snapshot exists'     | 'tank/vm@t1' | '@t1'          || "cannot rename to 'tank/vm@t1': dataset already exists"
        'bad name'            | 'tank/vm'    | 'tank/a*'      || "cannot rename to 'tank/a*': invalid character '*' in name"
    }
}
