package xsh.toolstack.zfs

import spock.lang.Specification
import xsh.error.XshException
import xsh.hv.storage.DatasetType

class ZfsChangesSpec extends Specification {

    def storage = new InMemoryStorage('tank')

    ZfsOutcome zfs(String... argv) {
        Zfs.parse(argv.toList()).run(storage, ZfsStreams.none())
    }

    String refused(String... argv) {
        try {
            zfs(argv)
        } catch (XshException e) {
            assert !(e instanceof ZfsUsageException)
            assert e.exitCode() == 1
            return e.message
        }
        throw new AssertionError("not refused: $argv")
    }

    def "create, create -p, create -V with a size zfs reads, and -o checked and made parsable"() {
        when:
        zfs('create', 'tank/vm')
        zfs('create', '-p', 'tank/vm/a/b')
        zfs('create', '-p', 'tank/vm')
        zfs('create', '-V', '1.5G', '-o', 'compression=on', '-o', 'reservation=1G', 'tank/vol')

        then:
        storage.dataset('tank/vm/a/b').present
        storage.dataset('tank/vol').get().type() == DatasetType.VOLUME
        storage.dataset('tank/vol').get().property('volsize').get() == '1610612736'
        storage.nodes['tank/vol'].local == [compression: 'on', reservation: '1073741824']
    }

    def "what create refuses: #argv"() {
        given:
        zfs('create', 'tank/vm')

        expect:
        refused(argv as String[]) == message

        where:
        argv                                                   | message
        ['create', 'tank/vm/a/b']                              | "cannot create 'tank/vm/a/b': parent does not exist"
        ['create', 'tank/vm']                                  | "cannot create 'tank/vm': dataset already exists"
        ['create', 'tank/x@y']                                 | "cannot create 'tank/x@y': snapshot delimiter '@' in filesystem name"
        ['create', 'nosuch/fs']                                | "cannot create 'nosuch/fs': no such pool 'nosuch'"
        ['create', '-o', 'bogus=1', 'tank/x']                  | "cannot create 'tank/x': invalid property 'bogus'"
        ['create', '-o', 'used=1', 'tank/x']                   | "cannot create 'tank/x': 'used' is readonly"
        ['create', '-o', 'compression=bogus', 'tank/x']        | "cannot create 'tank/x': 'compression' must be one of 'on | off | lzjb | gzip | gzip-[1-9] | zle'"
        ['create', '-o', 'volsize=1G', 'tank/x']               | "cannot create 'tank/x': 'volsize' does not apply to datasets of this type"
        ['create', '-o', 'mountpoint=rel', 'tank/x']           | "cannot create 'tank/x': 'mountpoint' must be an absolute path, 'none', or 'legacy'"
        ['create', '-V', '0', 'tank/v']                        | "cannot create 'tank/v': volume size cannot be zero"
        ['create', '-V', '1000', 'tank/v']                     | "cannot create 'tank/v': volume size must be a multiple of volume block size"
        ['create', '-V', '8E', 'tank/v']                       | "cannot create 'tank/v': out of space"
        ['create', '-V', '15E', 'tank/v']                      | "cannot create 'tank/v': out of space"
        ['create', '-s', '-V', '8E', 'tank/v']                 | "cannot create 'tank/v': numeric value is too large"
        ['create', '-V', '1G', '-b', '3000', 'tank/v']         | "cannot create 'tank/v': 'volblocksize' must be power of 2 from 512 to 128k"
    }

    def "set: the value checked and made parsable, each dataset in turn"() {
        given:
        zfs('create', 'tank/vm')

        when:
        def outcome = zfs('set', 'quota=20G', 'tank/vm', 'tank/nosuch', 'tank')

        then:
        storage.nodes['tank/vm'].local.quota == '21474836480'
        storage.nodes['tank'].local.quota == '21474836480'
        outcome.errors() == ["cannot open 'tank/nosuch': dataset does not exist"]
        outcome.exitCode() == 1
    }

    def "what set refuses: #assignment"() {
        given:
        zfs('create', 'tank/vm')

        expect:
        zfs('set', assignment, 'tank/vm').errors() == [message]

        where:
        assignment           | message
        'bogus=1'            | "cannot set property for 'tank/vm': invalid property 'bogus'"
        'used=1'             | "cannot set property for 'tank/vm': 'used' is readonly"
        'compression=bogus'  | "cannot set property for 'tank/vm': 'compression' must be one of 'on | off | lzjb | gzip | gzip-[1-9] | zle'"
        'quota=lots'         | "cannot set property for 'tank/vm': bad numeric value 'lots'"
        'utf8only=on'        | "cannot set property for 'tank/vm': 'utf8only' can only be set during dataset creation"
    }

    def "snapshots, clone, rollback, rename and destroy, with zfs's refusals"() {
        given:
        zfs('create', '-p', 'tank/vm/a')
        zfs('snapshot', 'tank/vm@t1')
        zfs('snapshot', '-r', 'tank@r1')
        zfs('snapshot', 'tank/vm@t2')

        expect:
        refused('snapshot', 'tank/vm@t1') == "cannot create snapshot 'tank/vm@t1': dataset already exists"
        refused('snapshot', 'tank/nosuch@t1') == "cannot open 'tank/nosuch': dataset does not exist"
        refused('snapshot', 'tank/vm') == "cannot create snapshot 'tank/vm': missing '@' delimiter in snapshot name"
        refused('snapshot', '-r', 'tank@r1') == "cannot create snapshot 'tank@r1': dataset already exists\nno snapshots were created"
        storage.dataset('tank/vm/a@r1').present

        when:
        zfs('clone', 'tank/vm@t1', 'tank/vmclone')

        then:
        storage.dataset('tank/vmclone').get().property('origin').get() == 'tank/vm@t1'
        refused('clone', 'tank/vm@nosuch', 'tank/c2') == "cannot open 'tank/vm@nosuch': dataset does not exist"
        refused('clone', 'tank/vm', 'tank/c2') == "cannot open 'tank/vm': operation not applicable to datasets of this type"
        refused('clone', 'tank/vm@t1', 'tank/vmclone') == "cannot create 'tank/vmclone': dataset already exists"
        zfs('clone', '-p', 'tank/vm@t1', 'tank/vmclone').exitCode() == 0
        refused('destroy', 'tank/vm@t1') == "cannot destroy 'tank/vm@t1': snapshot has dependent clones\n" +
                "use '-R' to destroy the following datasets:\ntank/vmclone"
        refused('destroy', 'tank') == "cannot destroy 'tank': operation does not apply to pools\n" +
                "use 'zfs destroy -r tank' to destroy all datasets in the pool\n" +
                "use 'zpool destroy tank' to destroy the pool itself"
        refused('rollback', 'tank/vm@t1').startsWith("cannot rollback to 'tank/vm@t1': more recent snapshots exist\n")
        refused('rollback', 'tank/vm') == "cannot open 'tank/vm': operation not applicable to datasets of this type"

        when:
        zfs('rollback', '-r', 'tank/vm@r1')
        zfs('rename', 'tank/vm@t1', 'tank/vm@first')
        zfs('rename', '-r', 'tank/vm@r1', '@r2')

        then:
        !storage.dataset('tank/vm@t2').present
        storage.dataset('tank/vm@first').present
        storage.dataset('tank/vm@r2').present
        storage.dataset('tank/vm/a@r2').present
        refused('rename', 'tank/vm@t1', 'first') == "cannot open 'tank/vm@t1': dataset does not exist"
        refused('destroy', '-r', 'tank/vm@nosuch') == 'could not find any snapshots to destroy; check snapshot names.'
        refused('destroy', 'tank/vm@nosuch') == 'could not find any snapshots to destroy; check snapshot names.'
        refused('destroy', 'tank/nosuch@t1') == "cannot open 'tank/nosuch': dataset does not exist"

        when:
        zfs('destroy', '-r', 'tank/vm@r2')
        zfs('destroy', '-R', 'tank/vm')

        then:
        !storage.dataset('tank/vm/a@r2').present
        !storage.dataset('tank/vm').present
        !storage.dataset('tank/vmclone').present

        when:
        zfs('destroy', '-r', 'tank')

        then:
        storage.datasets()*.name() == ['tank']
    }

    def "send writes the stream receive reads, incrementally with -i"() {
        given:
        zfs('create', 'tank/vm')
        zfs('snapshot', 'tank/vm@t1')
        zfs('snapshot', 'tank/vm@t2')
        def full = new ByteArrayOutputStream()
        def incremental = new ByteArrayOutputStream()

        when:
        Zfs.parse(['send', 'tank/vm@t1']).run(storage, streams(null, full))
        Zfs.parse(['send', '-i', '@t1', 'tank/vm@t2']).run(storage, streams(null, incremental))
        Zfs.parse(['recv', 'tank/copy']).run(storage, streams(new ByteArrayInputStream(full.toByteArray()), null))
        Zfs.parse(['recv', 'tank/copy']).run(storage, streams(new ByteArrayInputStream(incremental.toByteArray()), null))

        then:
        storage.datasets()*.name().findAll { it.startsWith('tank/copy') } == ['tank/copy', 'tank/copy@t1', 'tank/copy@t2']
    }

    def "what send and receive refuse"() {
        given:
        zfs('create', 'tank/vm')
        zfs('snapshot', 'tank/vm@t1')

        expect:
        refusedWith(['send', 'tank/nosuch@t1']) == "cannot open 'tank/nosuch': dataset does not exist"
        refusedWith(['send', 'tank/vm@nosuch']) == "cannot open 'tank/vm@nosuch': dataset does not exist"
        refusedWith(['send', '-i', '@nosuch', 'tank/vm@t1']) == "cannot open 'tank/vm@nosuch': dataset does not exist"
        refusedWith(['recv', 'tank/copy'], 'garbage') == 'cannot receive: failed to read from stream'
    }

    def "an incremental source in another dataset is a usage error, unless it is the clone's origin"() {
        given:
        zfs('create', 'tank/vm')
        zfs('create', 'tank/other')
        zfs('snapshot', 'tank/vm@t1')
        zfs('snapshot', 'tank/other@t1')
        zfs('clone', 'tank/vm@t1', 'tank/c')
        zfs('snapshot', 'tank/c@s')

        when:
        Zfs.parse(['send', '-i', 'tank/other@t1', 'tank/vm@t1']).run(storage, streams(null, new ByteArrayOutputStream()))

        then:
        def e = thrown(ZfsUsageException)
        e.reason() == 'incremental source must be in same filesystem'

        when:
        Zfs.parse(['send', '-i', 'tank/vm@t1', 'tank/c@s']).run(storage, streams(null, new ByteArrayOutputStream()))

        then:
        noExceptionThrown()
    }

    String refusedWith(List<String> argv, String input = '') {
        try {
            Zfs.parse(argv).run(storage, streams(new ByteArrayInputStream(input.bytes), new ByteArrayOutputStream()))
        } catch (XshException e) {
            return e.message
        }
        throw new AssertionError("not refused: $argv")
    }

    static ZfsStreams streams(InputStream input, OutputStream output) {
        new ZfsStreams() {
            InputStream input() { input }
            OutputStream output() { output }
        }
    }
}
