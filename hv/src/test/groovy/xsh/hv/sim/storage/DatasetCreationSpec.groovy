package xsh.hv.sim.storage

import xsh.hv.storage.DatasetType
import xsh.hv.storage.StorageException

class DatasetCreationSpec extends StorageFixture {

    def "a new host has pools zroot and tank, each with its root filesystem mounted at /POOL"() {
        expect:
        zfs.pools() == ['tank', 'zroot']
        names() == ['tank', 'zroot']
        prop('tank', 'type') == 'filesystem'
        prop('tank', 'mountpoint') == '/tank'
        prop('zroot', 'mounted') == 'yes'
        size('tank', 'available') > 99L * (1L << 30)
        size('tank', 'creation') == clock.now().epochSecond
    }

    def "create makes a filesystem mounted below its parent; -p makes the missing parents"() {
        when:
        zfs.createFilesystem('tank/vm', [:], false)
        zfs.createFilesystem('tank/vm/a/b', [:], true)

        then:
        names() == ['tank', 'tank/vm', 'tank/vm/a', 'tank/vm/a/b', 'zroot']
        prop('tank/vm/a/b', 'mountpoint') == '/tank/vm/a/b'
        zfs.dataset('tank/vm/a').get().type() == DatasetType.FILESYSTEM
    }

    def "create refuses as zfs does: #why"() {
        given:
        zfs.createFilesystem('tank/vm', [:], false)
        zfs.createVolume('tank/vol', 1 << 20, [:], false, true)

        when:
        zfs.createFilesystem(name, [:], parents)

        then:
        def e = thrown(StorageException)
        e.message == message
        e.exitCode() == 1

        where:
        why                   | name               | parents || message
        'exists'              | 'tank/vm'          | false   || "cannot create 'tank/vm': dataset already exists"
        'no parent'           | 'tank/vm/a/b'      | false   || "cannot create 'tank/vm/a/b': parent does not exist"
        'no such pool'        | 'nosuch/fs'        | false   || "cannot create 'nosuch/fs': no such pool 'nosuch'"
        'a pool alone'        | 'nosuch'           | false   || "cannot create 'nosuch': no such pool 'nosuch'"
        'the pool itself'     | 'tank'             | false   || "cannot create 'tank': dataset already exists"
        '@ in the name'       | 'tank/x@y'         | false   || "cannot create 'tank/x@y': snapshot delimiter '@' in filesystem name"
        'two @'               | 'tank/x@y@z'       | false   || "cannot create 'tank/x@y@z': multiple '@' delimiters in name"
        'empty component'     | 'tank//x'          | false   || "cannot create 'tank//x': empty component in name"
        'trailing slash'      | 'tank/x/'          | false   || "cannot create 'tank/x/': trailing slash in name"
        'leading slash'       | '/tank/x'          | false   || "cannot create '/tank/x': leading slash in name"
        'a . component'       | 'tank/./x'         | false   || "cannot create 'tank/./x': self reference, '.' is found in name"
        'a .. component'      | 'tank/../x'        | false   || "cannot create 'tank/../x': parent reference, '..' is found in name"
        'invalid character'   | 'tank/a*b'         | false   || "cannot create 'tank/a*b': invalid character '*' in name"
        'too long'            | 'tank/' + 'x' * 251 | false  || "cannot create 'tank/${'x' * 251}': name is too long"
        'under a volume'      | 'tank/vol/x'       | false   || "cannot create 'tank/vol/x': parent is not a filesystem"
    }

    def "names zfs allows: #name"() {
        when:
        zfs.createFilesystem(name, [:], true)

        then:
        zfs.dataset(name).isPresent()

        where:
        name << ['tank/bad name', 'tank/a.b', 'tank/a:b', 'tank/a-b_c', 'tank/...', 'tank/' + 'x' * 250]
    }

    def "create -p is content when the dataset is there"() {
        given:
        zfs.createFilesystem('tank/vm', [compression: 'on'], false)

        when:
        def again = zfs.createFilesystem('tank/vm', [:], true)

        then:
        again.name() == 'tank/vm'
        names() == ['tank', 'tank/vm', 'zroot']
    }

    def "a failed create -p leaves no parent behind"() {
        when:
        zfs.createFilesystem('tank/a/b/c@x', [:], true)

        then:
        thrown(StorageException)
        names() == ['tank', 'zroot']
    }

    def "a volume has its volsize, a device node /dev/zvol/POOL/VOL, and reserves its size unless sparse"() {
        when:
        zfs.createVolume('tank/vol', 64 << 20, [:], false, false)
        zfs.createVolume('tank/sparse', 1L << 40, [:], false, true)

        then:
        prop('tank/vol', 'type') == 'volume'
        size('tank/vol', 'volsize') == 64 << 20
        size('tank/vol', 'volblocksize') == 16384
        size('tank/vol', 'refreservation') >= 64 << 20
        size('tank/vol', 'used') >= 64 << 20
        prop('tank/vol', 'mountpoint') == '-'
        size('tank/sparse', 'volsize') == 1L << 40
        size('tank/sparse', 'refreservation') == 0
        size('tank/sparse', 'used') < 1 << 20
        zfs.exists('/dev/zvol/tank/vol')
        zfs.exists('/dev/zvol/tank/sparse')
        !zfs.exists('/dev/zvol/tank/nosuch')
        !zfs.exists('/dev/zvol/tank')
    }

    def "volume sizes zfs refuses: #size"() {
        expect:
        refusal { zfs.createVolume('tank/v', size, [:], false, sparse) } == message
        zfs.dataset('tank/v').isPresent() == (message == null)

        where:
        size             | sparse || message
        0                | true   || "cannot create 'tank/v': volume size cannot be zero"
        -16384           | true   || "cannot create 'tank/v': bad volume size '-16384'"
        1000             | true   || "cannot create 'tank/v': volume size must be a multiple of volume block size"
        (1L << 20) + 512 | true   || "cannot create 'tank/v': volume size must be a multiple of volume block size"
        1L << 50         | false  || "cannot create 'tank/v': out of space"
        16384            | false  || null
        1L << 50         | true   || null
        Long.MAX_VALUE.intdiv(16384) * 16384 | true || null
        Long.MAX_VALUE   | true   || "cannot create 'tank/v': volume size must be a multiple of volume block size"
    }

    def "a volume's name and place are checked before its size, as zfs does"() {
        given:
        zfs.createVolume('tank/v', 16384, [:], false, true)

        expect:
        refusal { zfs.createVolume('tank/v', 0, [:], false, true) } == "cannot create 'tank/v': dataset already exists"
        refusal { zfs.createVolume('tank/a/v', 1000, [:], false, true) } == "cannot create 'tank/a/v': parent does not exist"
        refusal { zfs.createVolume('tank/a/v', 1000, [:], true, true) } == "cannot create 'tank/a/v': volume size must be a multiple of volume block size"
        !zfs.dataset('tank/a').isPresent()
    }

    def "create -o sets properties, refused as zfs refuses them"() {
        when:
        zfs.createFilesystem('tank/a', [compression: 'on', 'com.example:owner': 'ops', mountpoint: '/srv/a'], false)
        zfs.createVolume('tank/v', 1 << 20, [volblocksize: '8K'], false, true)

        then:
        prop('tank/a', 'compression') == 'on'
        prop('tank/a', 'com.example:owner') == 'ops'
        prop('tank/a', 'mountpoint') == '/srv/a'
        size('tank/v', 'volblocksize') == 8192
        refusal { zfs.createFilesystem('tank/b', [bogus: '1'], false) } == "cannot create 'tank/b': invalid property 'bogus'"
        refusal { zfs.createFilesystem('tank/b', [used: '1'], false) } == "cannot create 'tank/b': 'used' is readonly"
        refusal { zfs.createFilesystem('tank/b', [volsize: '1M'], false) } == "cannot create 'tank/b': 'volsize' does not apply to datasets of this type"
        !zfs.dataset('tank/b').isPresent()
    }
}
