package xsh.toolstack.saverestore

import java.nio.channels.FileChannel
import java.nio.file.Files
import java.nio.file.Path
import java.util.zip.CRC32C
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException

class ImageInputSpec extends Specification {

    @TempDir
    Path dir

    static final int MIB = 1 << 20

    byte[] bytes = new byte[3 * MIB + 17].with { b -> new Random(7).nextBytes(b); b }

    ImageInput input() {
        Files.write(dir.resolve('image'), bytes)
        new ImageInput(FileChannel.open(dir.resolve('image')))
    }

    def "reads and skips hand out the file's bytes in order, across the read buffer's boundaries"() {
        given:
        def in = input()

        when:
        in.skip(skipFirst)
        def read = in.read(length)

        then:
        read == Arrays.copyOfRange(bytes, (int) skipFirst, (int) skipFirst + length)
        in.position() == skipFirst + length

        where:
        skipFirst   | length
        0           | 100
        MIB - 3     | 8
        MIB - 3     | MIB + 10
        2 * MIB - 1 | 2
        0           | 3 * MIB + 17
    }

    def "the checksum of a region is the CRC-32C of its bytes, however they were read"() {
        given:
        def in = input()
        in.read(10)
        in.takeChecksum()

        when:
        in.skip(MIB - 5)
        in.read(MIB)
        def crc = new CRC32C()
        crc.update(bytes, 10, 2 * MIB - 5)

        then:
        in.takeChecksum() == (int) crc.value
    }

    def "a read past the end is xl's 'Savefile truncated.'"() {
        given:
        def in = input()
        in.skip(3 * MIB)

        when:
        in.read(18)

        then:
        def e = thrown(XshException)
        e.message == 'Savefile truncated.'
    }
}
