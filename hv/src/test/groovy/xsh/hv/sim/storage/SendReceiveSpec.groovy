package xsh.hv.sim.storage

import java.nio.charset.StandardCharsets

/** zfs send and recv: full and incremental streams, and streams that must be refused whole. */
class SendReceiveSpec extends StorageFixture {

    static final int RECORD = 16384

    def setup() {
        zfs.createVolume('tank/vol', 64 * RECORD, [:], false, true)
        zfs.write('tank/vol', 0, bytes('first'))
        zfs.write('tank/vol', 5 * RECORD, bytes('fifth'))
        zfs.snapshot(['tank/vol@s1'], false)
        zfs.write('tank/vol', 0, bytes('again'))
        zfs.write('tank/vol', 9 * RECORD, bytes('ninth'))
        zfs.snapshot(['tank/vol@s2'], false)
    }

    byte[] send(String snapshot, String from = null) {
        def out = new ByteArrayOutputStream()
        zfs.send(snapshot, Optional.ofNullable(from), out)
        out.toByteArray()
    }

    void receive(String target, byte[] stream, boolean force = false) {
        zfs.receive(target, new ByteArrayInputStream(stream), force)
    }

    def "a full stream makes the dataset and its snapshot, with the same data and guid"() {
        when:
        receive('zroot/copy', send('tank/vol@s1'))

        then:
        names().findAll { it.startsWith('zroot/') } == ['zroot/copy', 'zroot/copy@s1']
        zfs.digest('zroot/copy@s1') == zfs.digest('tank/vol@s1')
        zfs.digest('zroot/copy') == zfs.digest('tank/vol@s1')
        prop('zroot/copy@s1', 'guid') == prop('tank/vol@s1', 'guid')
        prop('zroot/copy', 'type') == 'volume'
        size('zroot/copy', 'volsize') == 64 * RECORD
    }

    def "an incremental stream brings the copy from one snapshot to the next"() {
        given:
        receive('zroot/copy', send('tank/vol@s1'))
        def incremental = send('tank/vol@s2', '@s1')

        when:
        receive('zroot/copy', incremental)

        then:
        names().findAll { it.startsWith('zroot/') } == ['zroot/copy', 'zroot/copy@s1', 'zroot/copy@s2']
        zfs.digest('zroot/copy@s2') == zfs.digest('tank/vol@s2')
        new String(zfs.read('zroot/copy', 9 * RECORD, 5)) == 'ninth'
        incremental.length < send('tank/vol@s2').length
    }

    def "a filesystem's files travel too, an incremental stream carrying removals and holes"() {
        given:
        zfs.createFilesystem('tank/fs', [:], false)
        zfs.createFile('/tank/fs/a.img', 1 << 20)
        zfs.createFile('/tank/fs/b.img', 1 << 20)
        zfs.write('/tank/fs/a.img', 0, bytes('aaa'))
        zfs.write('/tank/fs/a.img', 200000, bytes('zzz'))
        zfs.snapshot(['tank/fs@1'], false)
        zfs.write('/tank/fs/a.img', 200000, new byte[3])
        zfs.createFile('/tank/fs/b.img', 4096)
        zfs.createFile('/tank/fs/c.img', 4096)
        zfs.snapshot(['tank/fs@2'], false)

        when:
        receive('zroot/fs', send('tank/fs@1'))
        receive('zroot/fs', send('tank/fs@2', 'tank/fs@1'))

        then:
        zfs.digest('zroot/fs@1') == zfs.digest('tank/fs@1')
        zfs.digest('zroot/fs') == zfs.digest('tank/fs@2')
        zfs.exists('/zroot/fs/c.img')
    }

    def "receive refuses as zfs does: #why"() {
        given:
        receive('zroot/copy', send('tank/vol@s1'))
        zfs.createFilesystem('zroot/other', [:], false)

        expect:
        refusal { receive(target, stream(kind)) } == message

        where:
        why                         | target         | kind        || message
        'full onto an existing one' | 'zroot/copy'   | 'full'      || "cannot receive new filesystem stream: destination 'zroot/copy' exists\nmust specify -F to overwrite it"
        'incremental, no target'    | 'zroot/none'   | 'increment' || "cannot receive incremental stream: destination 'zroot/none' does not exist"
        'incremental, wrong base'   | 'zroot/other'  | 'increment' || "cannot receive incremental stream: most recent snapshot of zroot/other does not\nmatch incremental source"
        'no parent'                 | 'zroot/a/b'    | 'full'      || "cannot open 'zroot/a': dataset does not exist"
        'no pool'                   | 'nosuch/a'     | 'full'      || "cannot receive: no such pool 'nosuch'"
        'a line of garbage'         | 'zroot/g'      | 'garbage'   || "cannot receive: failed to read from stream"
        '4 KiB of garbage'          | 'zroot/g'      | 'random'    || "cannot receive: invalid stream (bad magic number)"
        'empty'                     | 'zroot/g'      | 'empty'     || "cannot receive: failed to read from stream"
        'truncated'                 | 'zroot/g'      | 'truncated' || "cannot receive: checksum mismatch or incomplete stream"
        'cut in the header'         | 'zroot/g'      | 'header'    || "cannot receive: checksum mismatch or incomplete stream"
        'one byte changed'          | 'zroot/g'      | 'flipped'   || "cannot receive: checksum mismatch or incomplete stream"
    }

    byte[] stream(String kind) {
        switch (kind) {
            case 'full': return send('tank/vol@s1')
            case 'increment': return send('tank/vol@s2', '@s1')
            case 'garbage': return 'garbage\n'.getBytes(StandardCharsets.US_ASCII)
            case 'random': def bytes = new byte[4096]; new Random(7).nextBytes(bytes); return bytes
            case 'empty': return new byte[0]
            case 'truncated': def s = send('tank/vol@s1'); return Arrays.copyOf(s, s.length - 40)
            case 'header': return Arrays.copyOf(send('tank/vol@s1'), 12)
            case 'flipped': def s = send('tank/vol@s1'); s[s.length - 60] ^= 1; return s
        }
        throw new IllegalArgumentException(kind)
    }

    def "a refused stream creates nothing"() {
        given:
        def before = names()
        def s = send('tank/vol@s1')

        when:
        receive('zroot/g', Arrays.copyOf(s, s.length - 1))

        then:
        thrown(xsh.hv.storage.StorageException)
        names() == before
    }

    def "an incremental stream onto a copy changed since its snapshot needs -F, which rolls it back first"() {
        given:
        receive('zroot/copy', send('tank/vol@s1'))
        zfs.write('zroot/copy', 3 * RECORD, bytes('local change'))
        def incremental = send('tank/vol@s2', '@s1')

        expect:
        refusal { receive('zroot/copy', incremental) } ==
                "cannot receive incremental stream: destination zroot/copy has been modified\nsince most recent snapshot"

        when:
        receive('zroot/copy', incremental, true)

        then:
        zfs.digest('zroot/copy') == zfs.digest('tank/vol@s2')
    }

    def "a full stream with -F replaces a dataset without snapshots"() {
        given:
        zfs.createVolume('zroot/copy', RECORD, [:], false, true)
        zfs.write('zroot/copy', 0, bytes('old'))

        when:
        receive('zroot/copy@mine', send('tank/vol@s2'), true)

        then:
        zfs.digest('zroot/copy') == zfs.digest('tank/vol@s2')
        names().contains('zroot/copy@mine')
    }

    def "send refuses what is not a snapshot, and an incremental source that is not earlier"() {
        expect:
        refusal { send('tank/vol') } == 'argument must be a snapshot'
        refusal { send('tank/vol@s1', '@s2') } == "cannot send 'tank/vol@s1': not an earlier snapshot from the same fs"
        refusal { send('tank/vol@nosuch') } == "cannot open 'tank/vol@nosuch': dataset does not exist"
    }

    def "the stream starts with its magic and names its snapshot"() {
        when:
        def s = send('tank/vol@s2', '@s1')

        then:
        new String(s, 0, 7, StandardCharsets.US_ASCII) == 'XSHZSND'
        new String(s, StandardCharsets.ISO_8859_1).contains('tank/vol@s2')
        new String(s, StandardCharsets.ISO_8859_1).contains('tank/vol@s1')
    }
}
