package xsh.hv.sim.storage

import xsh.hv.HvException
import xsh.hv.sim.disks.GuestDiskWrites

/**
 * A running guest writes its disk as the host's time passes, so snapshots, clones and
 * rollbacks of a guest's disk show different, checkable states.
 */
class GuestDiskWritesSpec extends StorageFixture {

    static final long PERIOD_S = GuestDiskWrites.PERIOD_NS.intdiv(1_000_000_000L)

    def setup() {
        zfs.createVolume('tank/vm/g-disk0', 64L << 20, [:], true, false)
    }

    def "a running guest writes its zvol as time passes; a snapshot keeps the disk as it was"() {
        given:
        def empty = zfs.digest('tank/vm/g-disk0')
        create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")

        when:
        seconds(10 * PERIOD_S)
        zfs.snapshot(['tank/vm/g-disk0@t1'], false)
        def atT1 = zfs.digest('tank/vm/g-disk0@t1')

        then:
        atT1 != empty
        zfs.digest('tank/vm/g-disk0') == atT1
        size('tank/vm/g-disk0', 'written') == 0

        when:
        seconds(3 * PERIOD_S)

        then: 'the live disk moved on; the snapshot did not'
        zfs.digest('tank/vm/g-disk0') != atT1
        zfs.digest('tank/vm/g-disk0@t1') == atT1
        size('tank/vm/g-disk0', 'written') > 0
        size('tank/vm/g-disk0@t1', 'used') >= 0
    }

    def "what a guest writes says who wrote it"() {
        given:
        def d = create('g', "disk = [ '/dev/zvol/tank/vm/g-disk0,raw,xvda,w' ]")

        when:
        seconds(PERIOD_S)
        def text = (0..<256).collect { new String(zfs.read('tank/vm/g-disk0', it * 16384L, 80), 'US-ASCII') }
                .find { it.startsWith('xsh guest') }

        then:
        text.startsWith("xsh guest ${d.uuid()} instance ")
        text.contains(' write 1\n')
    }

    def "a paused or shut down guest writes nothing; unpaused, it writes again"() {
        given:
        def d = create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")
        seconds(2 * PERIOD_S)
        host.pause(d.domid())
        def paused = zfs.digest('tank/vm/g-disk0')

        when:
        seconds(10 * PERIOD_S)

        then:
        zfs.digest('tank/vm/g-disk0') == paused

        when:
        host.unpause(d.domid())
        seconds(2 * PERIOD_S)

        then:
        zfs.digest('tank/vm/g-disk0') != paused
    }

    def "a guest that reboots stops writing while it is down, and writes again once xl has built it anew"() {
        given: 'it shuts down 1 s after the request; xl builds it again 2 s later'
        def d = create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]\non_reboot = 'restart'")
        host.shutdown(d.domid(), xsh.hv.ShutdownRequest.REBOOT, false)
        seconds(1.5)
        def down = zfs.digest('tank/vm/g-disk0')

        when:
        seconds(1)

        then: 'gone, xl sleeping before it builds it again'
        zfs.digest('tank/vm/g-disk0') == down
        info('g') == null

        when:
        seconds(2 * PERIOD_S)

        then:
        info('g').domid() != d.domid()
        zfs.digest('tank/vm/g-disk0') != down
    }

    def "a disk attached read-only is not written"() {
        given:
        zfs.createVolume('tank/ro', 1 << 20, [:], false, true)
        def before = zfs.digest('tank/ro')
        create('g', "disk = [ 'phy:/dev/zvol/tank/ro,xvda,r' ]")

        when:
        seconds(10 * PERIOD_S)

        then:
        zfs.digest('tank/ro') == before
    }

    def "a guest's writes to a volume set readonly are refused"() {
        given:
        create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")
        zfs.set('tank/vm', 'readonly', 'on')
        def before = zfs.digest('tank/vm/g-disk0')

        when:
        seconds(4 * PERIOD_S)

        then:
        zfs.digest('tank/vm/g-disk0') == before
        refusal { zfs.write('tank/vm/g-disk0', 0, bytes('x')) } == 'tank/vm/g-disk0: Read-only file system'
    }

    def "a clone starts with the snapshot's content, a guest booted on it writes the clone only, and rollback restores the origin"() {
        given: 'a guest that ran, then its checkpoint snapshot'
        def d = create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")
        seconds(4 * PERIOD_S)
        zfs.snapshot(['tank/vm/g-disk0@ck'], false)
        def checkpoint = zfs.digest('tank/vm/g-disk0@ck')
        host.destroy(d.domid(), false)

        when: 'restored on a clone'
        zfs.clone('tank/vm/g-disk0@ck', 'tank/vm/g-restored', [:], false)
        def originNow = zfs.digest('tank/vm/g-disk0')

        then:
        zfs.digest('tank/vm/g-restored') == checkpoint

        when:
        create('r', "disk = [ 'phy:/dev/zvol/tank/vm/g-restored,xvda,w' ]")
        seconds(4 * PERIOD_S)

        then:
        zfs.digest('tank/vm/g-restored') != checkpoint
        zfs.digest('tank/vm/g-disk0') == originNow
        zfs.digest('tank/vm/g-disk0@ck') == checkpoint
        size('tank/vm/g-restored', 'used') > 0

        when:
        zfs.rollback('tank/vm/g-disk0@ck', false)

        then:
        zfs.digest('tank/vm/g-disk0') == checkpoint
    }

    def "a guest's disk may be a file in a filesystem; it must exist to boot"() {
        given:
        zfs.createFilesystem('tank/guests', [:], false)

        when:
        create('f', "disk = [ '/tank/guests/f.img,raw,xvda,w' ]")

        then:
        def e = thrown(HvException)
        e.message == 'Disk vdev=xvda failed to stat: /tank/guests/f.img: No such file or directory'

        when:
        zfs.createFile('/tank/guests/f.img', 8L << 20)
        zfs.snapshot(['tank/guests@empty'], false)
        create('f', "disk = [ '/tank/guests/f.img,raw,xvda,w' ]")
        seconds(3 * PERIOD_S)

        then:
        zfs.digest('tank/guests') != zfs.digest('tank/guests@empty')
    }

    def "a volume a running guest uses cannot be destroyed; once the guest is gone it can"() {
        given:
        def d = create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")

        expect:
        refusal { zfs.destroy('tank/vm/g-disk0', false) } == "cannot destroy 'tank/vm/g-disk0': dataset is busy"

        when:
        host.destroy(d.domid(), false)
        zfs.destroy('tank/vm/g-disk0', false)

        then:
        !zfs.exists('/dev/zvol/tank/vm/g-disk0')
    }

    def "a guest left running for a day writes a bounded number of records per catch-up"() {
        given:
        create('g', "disk = [ 'phy:/dev/zvol/tank/vm/g-disk0,xvda,w' ]")

        when:
        seconds(86400)
        def records = size('tank/vm/g-disk0', 'usedbydataset') - SpaceAccounting.VOLUME_OVERHEAD

        then:
        records > 0
        records <= GuestDiskWrites.MAX_RECORDS_PER_CATCH_UP * 16384L
    }
}
