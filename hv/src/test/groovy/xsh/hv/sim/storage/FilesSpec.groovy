package xsh.hv.sim.storage

/** Files inside filesystems (what {@code truncate -s SIZE PATH} makes): in the same copy-on-write store. */
class FilesSpec extends StorageFixture {

    def setup() {
        zfs.createFilesystem('tank/vm', [:], false)
    }

    def "a file under a filesystem's mountpoint exists once made, and only there"() {
        when:
        zfs.createFile('/tank/vm/disk.img', 8L << 30)

        then:
        zfs.exists('/tank/vm/disk.img')
        !zfs.exists('/tank/vm/other.img')
        !zfs.exists('/tank/disk.img')
        zfs.read('/tank/vm/disk.img', (8L << 30) - 4, 4) == new byte[4]
        size('tank/vm', 'referenced') == SpaceAccounting.FILESYSTEM_OVERHEAD
    }

    def "a file goes where the deepest mountpoint above it says, following mountpoint changes"() {
        given:
        zfs.createFilesystem('tank/vm/a', [:], false)
        zfs.set('tank/vm', 'mountpoint', '/guests')

        when:
        zfs.createFile('/guests/a/disk.img', 1 << 20)
        zfs.createFile('/guests/top.img', 1 << 20)

        then:
        zfs.exists('/guests/a/disk.img')
        zfs.exists('/guests/top.img')
        !zfs.exists('/tank/vm/top.img')
        zfs.digest('tank/vm/a') != zfs.digest('tank/vm')
    }

    def "files that cannot be made: #path"() {
        expect:
        refusal { zfs.createFile(path, 1024) } == message

        where:
        path                        || message
        '/tank/nosuch/dir/disk.img' || "truncate: cannot open '/tank/nosuch/dir/disk.img' for writing: No such file or directory"
        '/tank/vm'                  || "truncate: cannot open '/tank/vm' for writing: Is a directory"
        '/elsewhere/disk.img'       || "truncate: cannot open '/elsewhere/disk.img' for writing: No such file or directory"
    }

    def "a snapshot holds the files as they were; a clone has them; rollback brings them back"() {
        given:
        zfs.createFile('/tank/vm/disk.img', 1 << 20)
        zfs.write('/tank/vm/disk.img', 0, bytes('before'))
        zfs.snapshot(['tank/vm@t1'], false)

        when:
        zfs.write('/tank/vm/disk.img', 0, bytes('after!'))
        zfs.createFile('/tank/vm/new.img', 1024)
        zfs.clone('tank/vm@t1', 'tank/c', [:], false)

        then:
        new String(zfs.read('/tank/vm/disk.img', 0, 6)) == 'after!'
        new String(zfs.read('/tank/vm/.zfs/snapshot/t1/disk.img', 0, 6)) == 'before'
        new String(zfs.read('/tank/c/disk.img', 0, 6)) == 'before'
        !zfs.exists('/tank/c/new.img')
        zfs.digest('tank/c') == zfs.digest('tank/vm@t1')
        refusal { zfs.write('/tank/vm/.zfs/snapshot/t1/disk.img', 0, bytes('x')) } == '/tank/vm/.zfs/snapshot/t1/disk.img: Read-only file system'

        when:
        zfs.rollback('tank/vm@t1', false)

        then:
        new String(zfs.read('/tank/vm/disk.img', 0, 6)) == 'before'
        !zfs.exists('/tank/vm/new.img')
    }

    def "a file as large as a size can be is sparse; reads past its end are refused"() {
        when:
        zfs.createFile('/tank/vm/huge', Long.MAX_VALUE)
        zfs.write('/tank/vm/huge', Long.MAX_VALUE - 3, bytes('end'))

        then:
        new String(zfs.read('/tank/vm/huge', Long.MAX_VALUE - 3, 3)) == 'end'
        refusal { zfs.read('/tank/vm/huge', Long.MAX_VALUE - 2, 3) } == "/tank/vm/huge: read beyond the end (${Long.MAX_VALUE} bytes)"
        refusal { zfs.createFile('/tank/vm/neg', -1) } == 'truncate: invalid size: -1'
        size('tank/vm', 'referenced') == SpaceAccounting.FILESYSTEM_OVERHEAD + 128 * 1024
    }

    def "truncating a file to a smaller size drops what was beyond it"() {
        given:
        zfs.createFile('/tank/vm/f', 1 << 20)
        zfs.write('/tank/vm/f', (1 << 20) - 3, bytes('end'))

        when:
        zfs.createFile('/tank/vm/f', 1024)
        zfs.createFile('/tank/vm/f', 1 << 20)

        then:
        zfs.read('/tank/vm/f', (1 << 20) - 3, 3) == new byte[3]
    }
}
