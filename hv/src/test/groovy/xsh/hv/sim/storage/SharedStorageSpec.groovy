package xsh.hv.sim.storage

import java.sql.DriverManager
import xsh.hv.sim.SimHosts
import xsh.hv.sim.disks.GuestDiskWrites

/**
 * The storage is the host's: two openings of the same host (two xsh processes) see each
 * other's datasets and data at once, and a host made before its ZFS kept datasets gets
 * them when opened.
 */
class SharedStorageSpec extends StorageFixture {

    def "a second opening of the host sees the first one's datasets, snapshots and data, and the other way round"() {
        given:
        def other = new SimHosts(home, clock).open('h1')

        when:
        zfs.createVolume('tank/vol', 1 << 20, [:], false, true)
        zfs.write('tank/vol', 0, bytes('from the first'))
        other.storage().snapshot(['tank/vol@s'], false)
        other.storage().write('tank/vol', 0, bytes('from the other'))

        then:
        other.storage().dataset('tank/vol').isPresent()
        new String(zfs.read('tank/vol@s', 0, 14)) == 'from the first'
        new String(zfs.read('tank/vol', 0, 14)) == 'from the other'
        zfs.digest('tank/vol') == other.storage().digest('tank/vol')

        cleanup:
        other?.close()
    }

    def "writes of a guest started by one opening show in the other as time passes"() {
        given:
        def other = new SimHosts(home, clock).open('h1')
        zfs.createVolume('tank/g', 16 << 20, [:], false, true)
        create('g', "disk = [ '/dev/zvol/tank/g,raw,xvda,w' ]")
        def before = other.storage().digest('tank/g')

        when:
        seconds(3 * GuestDiskWrites.PERIOD_NS.intdiv(1_000_000_000L))

        then:
        other.storage().digest('tank/g') != before
        other.storage().digest('tank/g') == zfs.digest('tank/g')

        cleanup:
        other?.close()
    }

    def "a host made before its storage kept datasets gets its pools' filesystems when opened"() {
        given: 'a host database as it was: no storage tables, a zvols table'
        host.close()
        def db = home.resolve('hosts/h1/host.db')
        def c = DriverManager.getConnection("jdbc:sqlite:$db")
        def st = c.createStatement()
        ['zfs_bp', 'zfs_blocks', 'zfs_objects', 'zfs_props', 'disk_writers', 'zfs_datasets', 'zfs_txg'].each {
            st.executeUpdate("DROP TABLE $it")
        }
        st.executeUpdate('CREATE TABLE zfs_pools_old (name TEXT PRIMARY KEY)')
        st.executeUpdate('INSERT INTO zfs_pools_old SELECT name FROM zfs_pools')
        st.executeUpdate('DROP TABLE zfs_pools')
        st.executeUpdate('ALTER TABLE zfs_pools_old RENAME TO zfs_pools')
        st.executeUpdate('CREATE TABLE zvols (pool TEXT NOT NULL, name TEXT NOT NULL, volsize_bytes INTEGER NOT NULL)')
        c.close()

        when:
        host = new SimHosts(home, clock).open('h1')

        then:
        names() == ['tank', 'zroot']
        size('tank', 'available') > 99L << 30

        when:
        zfs.createVolume('tank/v', 1 << 20, [:], false, true)

        then:
        zfs.exists('/dev/zvol/tank/v')
    }
}
