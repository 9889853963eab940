package xsh.toolstack.saverestore

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.TempDir
import xsh.error.XshException
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock
import xsh.toolstack.vmcontrol.Notices

/**
 * Images that are empty, cut short at each region's boundary, foreign, or corrupt: each is
 * refused with its own line and exit code 1, and no domain is built.
 */
class HostileImageSpec extends SimHostSaveFixture {

    @Shared
    @TempDir
    Path shared

    /** A good image of a 16 MiB PV guest, and where its regions start. */
    @Shared
    byte[] good
    @Shared
    Map<String, Integer> at = [:]

    static final String TRUNCATED = 'Savefile truncated.'
    static final String LOADING = 'Loading new save file %s (new xl fmt info %s)'

    def setupSpec() {
        def kernel = Files.writeString(shared.resolve('vmlinuz'), 'kernel')
        def config = Files.writeString(shared.resolve('web.cfg'),
                "name = \"web\"\ntype = \"pv\"\nkernel = \"$kernel\"\nmemory = 16\n")
        def clock = new ManualClock()
        def host = new SimHosts(shared.resolve('xsh'), clock).open('h1')
        try {
            def typed = xsh.toolstack.vmcontrol.ConfigTyper.type(
                    xsh.toolstack.vmcontrol.ConfigFileReader.read(Optional.of(config.toString()), []))
            new xsh.toolstack.vmcontrol.DomainCreator(host, false).create(typed, false)
            clock.advanceMillis(20_000)
            def file = shared.resolve('good.save')
            new Saver(host).save(new SaveRequest('web', file.toString(), Optional.empty(), SaveMode.DESTROY, false),
                    Notices.NONE, ImageProgress.NONE)
            good = Files.readAllBytes(file)
            def reader = SaveImageReader.open(file, file.toString())
            def image = reader.verify(Notices.NONE, ImageProgress.NONE)
            reader.close()
            int configLength = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(48)
            at.config = 52
            at.stream = 52 + configLength
            at.pages = (int) image.pageRuns()[0].offset()
            int trailerLength = 8 + 4 + 4 + image.trailer().sourceName().getBytes('UTF-8').length + 4 +
                    image.trailer().source().length + 12
            at.trailer = good.length - trailerLength
            at.source = at.trailer + 8 + 4 + 4 + image.trailer().sourceName().getBytes('UTF-8').length + 4
        } finally {
            host.close()
        }
    }

    def "an image cut short anywhere is 'Savefile truncated.', or lacks xsh's checksums after libxl's END"() {
        given:
        def file = write(Arrays.copyOf(good, (int) cut(at, good.length)))

        when:
        restore(file)

        then:
        def e = thrown(XshException)
        e.message == String.format(message, file)
        e.exitCode() == 1
        told == (loading ? [String.format(LOADING, file, info()), ' Savefile contains xl domain config in JSON format']
                .take(loading) : [])
        host.domains().size() == 1

        where:
        region                            | cut                                  | loading | message
        'empty file'                      | { a, n -> 0 }                        | 0       | TRUNCATED
        'inside the magic'                | { a, n -> 20 }                       | 0       | TRUNCATED
        'inside the header'               | { a, n -> 40 }                       | 0       | TRUNCATED
        'after the header'                | { a, n -> 48 }                       | 1       | TRUNCATED
        'after the config length'         | { a, n -> 52 }                       | 1       | TRUNCATED
        'inside the config'               | { a, n -> a.stream - 100 }           | 1       | TRUNCATED
        'after the config'                | { a, n -> a.stream }                 | 2       | TRUNCATED
        'after libxl\'s header'           | { a, n -> a.stream + 16 }            | 2       | TRUNCATED
        'after LIBXC_CONTEXT'             | { a, n -> a.stream + 24 }            | 2       | TRUNCATED
        'after libxc\'s image header'     | { a, n -> a.stream + 48 }            | 2       | TRUNCATED
        'after libxc\'s domain header'    | { a, n -> a.stream + 64 }            | 2       | TRUNCATED
        'inside PAGE_DATA\'s pfns'        | { a, n -> a.stream + 100 }           | 2       | TRUNCATED
        'inside the memory'               | { a, n -> a.pages + 5_000_000 }      | 2       | TRUNCATED
        'after libxc\'s END'              | { a, n -> a.trailer - 8 }            | 2       | TRUNCATED
        'after libxl\'s END'              | { a, n -> a.trailer }                | 2       | '%s: no xsh checksums after the libxl stream: an image xl saved, or one cut short, cannot be verified'
        'inside the trailer\'s magic'     | { a, n -> a.trailer + 4 }            | 2       | TRUNCATED
        'inside the trailer'              | { a, n -> a.source + 10 }            | 2       | TRUNCATED
        'one byte short'                  | { a, n -> n - 1 }                    | 2       | TRUNCATED
    }

    def "a foreign, damaged or corrupt image is refused before anything is built: #what"() {
        given:
        def file = write(damage(good.clone(), at))

        when:
        restore(file)

        then:
        def e = thrown(XshException)
        e.message == String.format(message instanceof Closure ? message(at).toString() : message, file)
        e.exitCode() == 1
        told.size() == loading
        host.domains().size() == 1

        where:
        what                          | damage                                                       | loading | message
        'wrong magic'                 | { b, a -> b[0] = (byte) 'x'; b }                             | 0       | 'File has wrong magic number - corrupt or for a different tool?'
        'a PNG file'                  | { b, a -> png() }                                            | 0       | 'File has wrong magic number - corrupt or for a different tool?'
        'big-endian byte order'       | { b, a -> put(b, 32, 0x04030201); b }                        | 0       | 'File has wrong byte order'
        'an unknown mandatory flag'   | { b, a -> put(b, 36, 0x13); b }                              | 1       | 'Savefile has mandatory flag(s) 0x10 which are not supported; need newer xl'
        'a bit flipped in the config' | { b, a -> b[a.config + 40] ^= 0x04; b }                      | 2       | '%s: checksum mismatch in the header and config: the image is corrupt'
        'a bit flipped in the memory' | { b, a -> b[a.pages + 3_000_001] ^= 0x01; b }                | 2       | '%s: checksum mismatch in the domain\'s memory and state: the image is corrupt'
        'a bit flipped in the source' | { b, a -> b[a.source + 3] ^= 0x20; b }                       | 2       | '%s: checksum mismatch in xsh\'s trailer: the image is corrupt'
        'bytes after the end'         | { b, a -> (b as List<Byte>) + ([0, 0, 0] as List<Byte>) as byte[] } | 2 | '%s: 3 unexpected bytes after the image\'s end'
        'no libxl stream'             | { b, a -> b[a.stream] = (byte) 'l'; b }                      | 2       | '%s: no libxl stream after the header (LibxlFmt missing)'
        'a pfn out of order'          | { b, a -> b[a.stream + 64 + 16 + 8] = 7; b }                 | 2       | { a -> "%s: PAGE_DATA record at byte ${a.stream + 64} has pfn 0x7 where page 0x1 comes next" }
    }

    def "a file that is missing, or a directory, cannot be opened"() {
        given:
        def file = make == 'a.dir' ? Files.createDirectory(home.resolve(make)) : home.resolve(make)

        when:
        restore(file)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1
        told.isEmpty()
        host.domains().size() == 1

        where:
        make                                                    | message
        'missing.save'                                          | "Can't open restore file: No such file or directory"
        'a.dir'                                                 | "Can't open restore file: Is a directory"
    }

    Path write(byte[] bytes) {
        Files.write(home.resolve('image.save'), bytes)
    }

    String info() {
        "0x3/0x0/${ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getInt(44)}"
    }

    static byte[] put(byte[] b, int offset, int value) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value)
        b
    }

    static byte[] png() {
        def out = new ByteArrayOutputStream()
        out.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as byte[])
        out.write([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0] as byte[])
        out.write(new byte[64])
        out.toByteArray()
    }
}
