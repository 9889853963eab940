package xsh.toolstack.migrate

import java.nio.file.Files
import xsh.error.MultiLineException
import xsh.error.XshException

/** The receiver given a stream that is not whole or not xl's: it says what is wrong and keeps nothing. */
class HostileStreamSpec extends MigrationFixture {

    /** The stream a sender writes for a 16 MiB guest (its receiver never answers ready, so the source stays). */
    byte[] stream() {
        running('db', 16)
        def scripted = new ScriptedLink(Handshake.BANNER)
        try {
            new Migrator(source, home).migrate(MigrateRequest.of('db'), scripted, notices, MigrationProgress.NONE)
        } catch (XshException expected) {
        }
        scripted.heard.toByteArray()
    }

    MultiLineException receive(byte[] bytes) {
        def out = new ByteArrayOutputStream()
        try {
            new MigrationReceiver(target, home).receive(ReceiverFlags.DEFAULT, new ByteArrayInputStream(bytes), out, notices)
        } catch (MultiLineException e) {
            assert Arrays.equals(out.toByteArray(), 0, Handshake.BANNER.length, Handshake.BANNER, 0, Handshake.BANNER.length)
            return e
        }
        throw new AssertionError('the receiver accepted it')
    }

    void nothingKept() {
        assert target.domains().size() == 1
        def guests = target.layout().guestsDir()
        assert !Files.exists(guests) || Files.list(guests).withCloseable { it.count() } == 0
        def journal = MigrationJournal.directory(home, 'h2')
        assert !Files.exists(journal) || Files.list(journal).withCloseable { it.count() } == 0
    }

    def "a stream cut at #fraction of its length: creation failed, the partial domain and its files removed"() {
        given:
        byte[] whole = stream()

        when:
        def e = receive(Arrays.copyOf(whole, (int) (whole.length * fraction)))

        then:
        e.lines().last() == 'migration target: Domain creation failed (code -3).'
        e.lines().size() == 2
        nothingKept()

        where:
        fraction << [0.00001, 0.001, 0.3, 0.999]
    }

    def "a whole stream whose sender then goes away without GO: our copy is destroyed"() {
        given:
        byte[] whole = stream()

        when:
        def e = receive(whole)

        then:
        e.lines() == ['libxl: error: libxl_utils.c:505:libxl_read_exactly: file/stream truncated reading GO message from migration stream',
                      'migration target: Failure, destroying our copy.']
        nothingKept()
    }

    def "#what: #message"() {
        given:
        byte[] bytes = stream()
        change(bytes)

        when:
        def e = receive(bytes)

        then:
        e.lines() == [message, 'migration target: Domain creation failed (code -3).']
        nothingKept()

        where:
        what                         | change                                            | message
        'not xl\'s magic'            | { byte[] b -> b[0] = (byte) 'x' }                 | 'File has wrong magic number - corrupt or for a different tool?'
        'a big-endian header'        | { byte[] b -> b[32] = 1; b[35] = 4 }              | 'File has wrong byte order'
        'an unknown mandatory flag'  | { byte[] b -> b[36] = 0x13 }                      | 'Savefile has mandatory flag(s) 0x10 which are not supported; need newer xl'
    }

    def "the domain record turned into #what: #message"() {
        given:
        byte[] bytes = stream()
        def le = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN)
        int at = (0..<bytes.length - 4).find { le.getInt(it) == (XshRecordTypes.DOMAIN | XshRecordTypes.OPTIONAL) }
        le.putInt(at, type)

        when:
        def e = receive(bytes)

        then:
        e.lines()[0] == message
        nothingKept()

        where:
        what                                   | type                                             | message
        'a mandatory record libxc does not know' | XshRecordTypes.DOMAIN                          | 'libxc record type 0x585300 is not one xsh knows'
        'an optional record xsh skips'           | (XshRecordTypes.DOMAIN + 1).or(XshRecordTypes.OPTIONAL) | 'pages arrived before the domain was described'
    }
}
