package xsh.hv.sim.storage

/** Names alone, as Tab completion reads them: the same names, in the same order, as the full listing. */
class DatasetNamesSpec extends StorageFixture {

    def "names() lists what datasets() lists, snapshots after their dataset, oldest first"() {
        given:
        zfs.createFilesystem('tank/vm/a/b', [:], true)
        zfs.createFilesystem('tank/bad name', [:], false)
        zfs.createVolume('zroot/disk', 8 * 1024 * 1024, [:], false, true)
        zfs.snapshot(['tank/vm@t2'], false)
        zfs.snapshot(['tank@r1'], true)
        zfs.snapshot(['tank/vm@t1', 'zroot/disk@t1'], false)
        zfs.rename('tank/vm/a', 'tank/vm/c', false)

        expect:
        zfs.names() == names()
        zfs.names() == ['tank', 'tank@r1', 'tank/bad name', 'tank/bad name@r1', 'tank/vm', 'tank/vm@t2', 'tank/vm@r1',
                        'tank/vm@t1', 'tank/vm/c', 'tank/vm/c@r1', 'tank/vm/c/b', 'tank/vm/c/b@r1', 'zroot', 'zroot/disk',
                        'zroot/disk@t1']
    }

    def "a destroyed dataset's snapshots go with it"() {
        given:
        zfs.createFilesystem('tank/gone', [:], false)
        zfs.snapshot(['tank/gone@s'], false)
        zfs.destroy('tank/gone', true)

        expect:
        zfs.names() == ['tank', 'zroot']
    }
}
