package xsh.toolstack.coredump

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.MultiLineException
import xsh.hv.GuestMemory
import xsh.toolstack.fake.FakeHypervisor
import xsh.toolstack.nativexl.RecordingNativeToolstack

class CoreDumperSpec extends Specification {

    @TempDir
    Path dir

    def hv = new FakeHypervisor()

    def setup() {
        hv.add(domid: 6, name: 'web', vcpus: 2, uuid: UUID.fromString('6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab'))
        def memory = new byte[3 * GuestMemory.PAGE_SIZE]
        new Random(1).nextBytes(memory)
        hv.memories[6] = memory
    }

    def "an ELF64 core: header, a note and a load segment, then the guest's pages at a page-aligned offset"() {
        given:
        def file = dir.resolve('web.core')

        when:
        new CoreDumper(hv, false).dump('web', file.toString())
        def bytes = Files.readAllBytes(file)
        def b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)

        then: 'the ELF header'
        bytes[0..7] == [0x7f, 'E' as char, 'L' as char, 'F' as char, 2, 1, 1, 0] as byte[]
        b.getShort(16) == 4          // ET_CORE
        b.getShort(18) == 62         // EM_X86_64
        b.getLong(32) == 64          // program headers follow
        b.getShort(54) == 56
        b.getShort(56) == 2

        and: 'PT_NOTE then PT_LOAD, whose pages are the memory'
        b.getInt(64) == 4
        b.getInt(64 + 56) == 1
        def offset = b.getLong(64 + 56 + 8)
        offset % GuestMemory.PAGE_SIZE == 0
        b.getLong(64 + 56 + 32) == 3 * GuestMemory.PAGE_SIZE
        bytes.length == offset + 3 * GuestMemory.PAGE_SIZE
        Arrays.copyOfRange(bytes, (int) offset, bytes.length) == hv.memories[6]

        and: "Xen's header note (PV magic, vcpus, pages, page size) and who it was"
        def notes = b.getLong(64 + 8)
        b.getInt((int) notes) == 4                     // "Xen\0"
        b.getInt((int) notes + 8) == 0x2000001
        b.getLong((int) notes + 16) == 0xF00FEBEDL
        b.getLong((int) notes + 24) == 2
        b.getLong((int) notes + 32) == 3
        b.getLong((int) notes + 40) == 4096
        new String(bytes, 'ISO-8859-1').contains('name=web\ndomid=6\nuuid=6f1c1e5e-3a2b-4c1d-9e8f-0123456789ab\ntype=pv\n')

        and: 'the domain was paused for the dump and runs again'
        hv.calls == ['pause 6', 'unpause 6']
        hv.fake(6).pauseCount == 0
        Files.list(dir).toList() == [file]
    }

    def "a dump replaces an older file whole"() {
        given:
        def file = dir.resolve('web.core')
        Files.writeString(file, 'old')

        when:
        new CoreDumper(hv, false).dump('6', file.toString())

        then:
        Files.size(file) > 3 * GuestMemory.PAGE_SIZE
    }

    def "a dump that cannot be written fails in xl's words, leaves nothing behind, and the domain is not left paused"() {
        when:
        new CoreDumper(hv, false).dump('web', dir.resolve('missing/web.core').toString())

        then:
        def e = thrown(MultiLineException)
        e.lines()[0].startsWith('Domain 6:cannot write core to ')
        e.lines()[0].endsWith(': No such file or directory')
        e.lines()[1] == 'core dump failed (rc=-3)'
        e.exitCode() == 1
        hv.calls == ['pause 6', 'unpause 6']
        hv.fake(6).pauseCount == 0
        Files.list(dir).toList() == []
    }

    def "a dump never replaces a FIFO or a directory: xl's words, left as it was"() {
        given:
        def fifo = dir.resolve('a-fifo')
        assert ['mkfifo', fifo.toString()].execute().waitFor() == 0
        def sub = Files.createDirectory(dir.resolve('a-dir'))

        when:
        new CoreDumper(hv, false).dump('web', target == 'fifo' ? fifo.toString() : sub.toString())

        then:
        def e = thrown(MultiLineException)
        e.lines() == ["Domain 6:cannot write core to ${target == 'fifo' ? fifo : sub}: $reason".toString(), 'core dump failed (rc=-3)']
        Files.exists(fifo) && !Files.isRegularFile(fifo)
        Files.isDirectory(sub)
        hv.fake(6).pauseCount == 0

        where:
        target | reason
        'fifo' | 'not a regular file'
        'dir'  | 'Is a directory'
    }

    def "through a symbolic link the core goes to the file it names; the link stays"() {
        given:
        def real = dir.resolve('real.core')
        Files.writeString(real, 'old')
        def link = Files.createSymbolicLink(dir.resolve('link.core'), real)

        when:
        new CoreDumper(hv, false).dump('web', link.toString())

        then:
        Files.isSymbolicLink(link)
        Files.size(real) > 3 * GuestMemory.PAGE_SIZE
    }

    def "a domain that is not there, or Domain-0, cannot be dumped"() {
        when:
        new CoreDumper(hv, false).dump(domain, dir.resolve('c').toString())

        then:
        def e = thrown(MultiLineException)
        e.lines() == lines

        where:
        domain | lines
        '9'    | ['Domain 9:Non-existant domain', 'core dump failed (rc=-3)']
        '0'    | ['Domain 0:Pausing domain: Invalid argument', 'core dump failed (rc=-3)']
    }

    def "on a real Dom0 xl dump-core writes the core, to FILE as given, the domain paused meanwhile"() {
        given:
        def xl = new RecordingNativeToolstack()
        hv.nativeXl = xl
        hv.memories.remove(6)
        def file = dir.resolve('web.core').toString()

        when:
        def domid = new CoreDumper(hv, false).dump('web', file)

        then:
        domid == 6
        xl.calls == ["dump-core 6 $file".toString()]
        Files.readString(Path.of(file)) == 'core'
        hv.calls == ['pause 6', 'unpause 6']
        hv.fake(6).pauseCount == 0
    }

    def "xl's failed dump-core is libxl's line and xl's trailer; the partial core goes, the domain runs again"() {
        given:
        def xl = new RecordingNativeToolstack(failing: ['dump-core': 'Core dumping domain to web.core: No space left on device'])
        hv.nativeXl = xl
        def file = dir.resolve('web.core').toString()

        when:
        new CoreDumper(hv, false).dump('web', file)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Domain 6:Core dumping domain to web.core: No space left on device', 'core dump failed (rc=-3)']
        e.exitCode() == 1
        xl.calls == ["dump-core 6 $file".toString(), "remove $file".toString()]
        !Files.exists(Path.of(file))
        hv.fake(6).pauseCount == 0
    }
}
