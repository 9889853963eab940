package xsh.hv.sim.storage

/**
 * Copy-on-write: snapshots and clones share blocks, so a snapshot costs nothing until the
 * dataset moves on, and space is charged to whoever alone holds a block.
 */
class CopyOnWriteSpec extends StorageFixture {

    static final int RECORD = 16384
    static final long VOLUME_OVERHEAD = SpaceAccounting.VOLUME_OVERHEAD

    def setup() {
        zfs.createVolume('tank/vol', 64 * RECORD, [:], false, true)
        4.times { zfs.write('tank/vol', it * RECORD, bytes("record $it")) }
    }

    long poolAvailable() {
        size('tank', 'available')
    }

    def "a sparse volume references its written records only"() {
        expect:
        size('tank/vol', 'referenced') == VOLUME_OVERHEAD + 4 * RECORD
        size('tank/vol', 'used') == VOLUME_OVERHEAD + 4 * RECORD
        size('tank/vol', 'usedbysnapshots') == 0
        size('tank/vol', 'written') == size('tank/vol', 'referenced')
    }

    def "a snapshot costs nothing until the volume is overwritten; then it holds the old records"() {
        given:
        long before = poolAvailable()

        when:
        zfs.snapshot(['tank/vol@s1'], false)

        then:
        poolAvailable() == before
        size('tank/vol@s1', 'used') == 0
        size('tank/vol@s1', 'referenced') == size('tank/vol', 'referenced')
        size('tank/vol', 'written') == 0

        when:
        zfs.write('tank/vol', 0, bytes('new record 0'))
        zfs.write('tank/vol', 10 * RECORD, bytes('record 10'))

        then:
        size('tank/vol@s1', 'used') == RECORD
        size('tank/vol', 'usedbysnapshots') == RECORD
        size('tank/vol', 'referenced') == VOLUME_OVERHEAD + 5 * RECORD
        size('tank/vol', 'written') == 2 * RECORD
        size('tank/vol', 'used') == VOLUME_OVERHEAD + 6 * RECORD
        poolAvailable() == before - 2 * RECORD
        new String(zfs.read('tank/vol@s1', 0, 8)) == 'record 0'
        new String(zfs.read('tank/vol', 0, 12)) == 'new record 0'
    }

    def "a record overwritten twice between snapshots is held once; destroying the snapshot frees what only it held"() {
        given:
        zfs.snapshot(['tank/vol@s1'], false)
        zfs.write('tank/vol', 0, bytes('a'))
        zfs.write('tank/vol', 0, bytes('b'))
        zfs.snapshot(['tank/vol@s2'], false)
        zfs.write('tank/vol', 0, bytes('c'))
        long before = poolAvailable()

        expect:
        size('tank/vol@s1', 'used') == RECORD
        size('tank/vol@s2', 'used') == RECORD
        size('tank/vol@s2', 'written') == RECORD
        size('tank/vol', 'usedbysnapshots') == 2 * RECORD

        when:
        zfs.destroy('tank/vol@s1', false)

        then:
        poolAvailable() == before + RECORD
        new String(zfs.read('tank/vol@s2', 0, 1)) == 'b'
        size('tank/vol', 'usedbysnapshots') == RECORD
    }

    def "a clone shares its origin's records: it costs nothing, starts with the snapshot's data, and writes only itself"() {
        given:
        zfs.snapshot(['tank/vol@s1'], false)
        zfs.write('tank/vol', 0, bytes('origin moved on'))
        long before = poolAvailable()

        when:
        zfs.clone('tank/vol@s1', 'tank/clone', [:], false)

        then:
        poolAvailable() == before
        size('tank/clone', 'used') == 0
        size('tank/clone', 'referenced') == size('tank/vol@s1', 'referenced')
        size('tank/clone', 'volsize') == 64 * RECORD
        zfs.digest('tank/clone') == zfs.digest('tank/vol@s1')
        zfs.digest('tank/clone') != zfs.digest('tank/vol')

        when:
        zfs.write('/dev/zvol/tank/clone', RECORD, bytes('clone only'))

        then:
        size('tank/clone', 'used') == RECORD
        size('tank/clone', 'written') == RECORD
        new String(zfs.read('tank/clone', RECORD, 10)) == 'clone only'
        new String(zfs.read('tank/vol', RECORD, 8)) == 'record 1'
        zfs.digest('tank/vol@s1') != zfs.digest('tank/clone')
        poolAvailable() == before - RECORD
    }

    def "rollback brings back the snapshot's data and frees what was written since"() {
        given:
        zfs.snapshot(['tank/vol@s1'], false)
        def atSnapshot = zfs.digest('tank/vol@s1')
        long before = poolAvailable()
        zfs.write('tank/vol', 0, bytes('x' * 100))
        zfs.write('tank/vol', 20 * RECORD, bytes('y'))

        expect:
        zfs.digest('tank/vol') != atSnapshot

        when:
        zfs.rollback('tank/vol@s1', false)

        then:
        zfs.digest('tank/vol') == atSnapshot
        new String(zfs.read('tank/vol', 0, 8)) == 'record 0'
        poolAvailable() == before
        size('tank/vol', 'written') == 0
    }

    def "a snapshot writes no block pointer and no block; a clone points at the same blocks"() {
        given:
        60.times { zfs.write('tank/vol', (4 + it) * RECORD, bytes("more $it")) }
        def before = counts()

        when:
        zfs.snapshot(['tank/vol@s1'], false)

        then:
        counts() == before

        when:
        zfs.clone('tank/vol@s1', 'tank/clone', [:], false)

        then: 'the clone has its own pointers, to the blocks that were there'
        counts() == [before[0] * 2, before[1]]
    }

    /** Rows of block pointers and of blocks in the host's database. */
    List<Integer> counts() {
        def c = java.sql.DriverManager.getConnection("jdbc:sqlite:${home.resolve('hosts/h1/host.db')}")
        try {
            def st = c.createStatement()
            ['zfs_bp', 'zfs_blocks'].collect { def rs = st.executeQuery("SELECT count(*) FROM $it"); rs.next(); rs.getInt(1) }
        } finally {
            c.close()
        }
    }

    def "a thick volume reserves its size from the pool at once"() {
        given:
        long before = poolAvailable()

        when:
        zfs.createVolume('tank/thick', 1L << 30, [:], false, false)

        then:
        before - poolAvailable() >= 1L << 30
        size('tank/thick', 'usedbyrefreservation') > (1L << 30) - VOLUME_OVERHEAD
    }

    def "a pool's size is a host setting; available follows it"() {
        when:
        zfs.setPoolSize('zroot', 10L << 30)

        then:
        size('zroot', 'available') <= 10L << 30
        size('zroot', 'available') > 9L << 30
        refusal { zfs.createVolume('zroot/big', 20L << 30, [:], false, false) } == "cannot create 'zroot/big': out of space"
    }
}
