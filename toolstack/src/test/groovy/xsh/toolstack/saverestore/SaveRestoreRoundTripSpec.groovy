package xsh.toolstack.saverestore

import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import xsh.error.MultiLineException
import xsh.error.XshException

class SaveRestoreRoundTripSpec extends SimHostSaveFixture {

    /** Running or blocked, as the guest happens to be seen: neither paused nor shut down. */
    static final String RUNNING = /[r-][b-]----/

    def "a restored #type guest has the saved memory byte for byte, the same name and a new domid"() {
        given:
        def web = running('web', 45, '', 16, type)
        def before = digest(host.memory(web.domid()))
        def file = home.resolve('web.save')

        when:
        save('web', file)
        def restored = restore(file).domain()

        then:
        restored.name() == 'web'
        restored.domid() != web.domid()
        restored.uuid() == web.uuid()
        restored.state().flags() ==~ RUNNING
        digest(host.memory(restored.domid())) == before
        told == ["Saving to $file new xl format (info ${told[0].find(/0x3\/0x0\/\d+/)})".toString(),
                 "Loading new save file $file (new xl fmt info ${told[0].find(/0x3\/0x0\/\d+/)})".toString(),
                 ' Savefile contains xl domain config in JSON format',
                 'Parsing config from <saved>']
        restored.type().xlName() == type

        where:
        type << ['pv', 'pvh', 'hvm']
    }

    def "an HVM guest's image carries its device model's state in an EMULATOR_CONTEXT record; a PV guest's none"() {
        given:
        running('web', 5, '', 16, type)
        def file = home.resolve('web.save')

        when:
        save('web', file)

        then:
        def bytes = Files.readAllBytes(file)
        int trailer = new String(bytes, 'ISO-8859-1').lastIndexOf('XshSums\n')
        def le = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN)
        [le.getInt(trailer - 8), le.getInt(trailer - 4)] == [0, 0] // libxl's END
        if (emulated) {
            assert [le.getInt(trailer - 40), le.getInt(trailer - 36), le.getInt(trailer - 32)] == [3, 17, 2]
            assert new String(bytes, trailer - 24, 4, 'US-ASCII') == 'QEVM'
        } else {
            assert [le.getInt(trailer - 16), le.getInt(trailer - 12)] == [0, 0] // libxc's END
        }

        where:
        type  | emulated
        'pv'  | false
        'pvh' | true
        'hvm' | true
    }

    def "the restored guest runs on from its saved memory: its pages change again as it runs"() {
        given:
        def web = running('web', 10)
        def file = home.resolve('web.save')
        save('web', file)
        def restored = restore(file).domain()
        def atRestore = digest(host.memory(restored.domid()))

        when:
        clock.advanceMillis(5 * SECOND_MS)

        then:
        digest(host.memory(restored.domid())) != atRestore
    }

    def "a guest saved with -D comes back with its domid once libxl lets the id be used again"() {
        given:
        def web = running('web')
        def file = home.resolve('web.save')
        save('web', file, D: true)

        when: 'at once: libxl keeps a destroyed domid from reuse for 60 seconds'
        restore(file)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['domain id recently used', 'cannot (re-)build domain: -3']
        info('web') == null

        when:
        clock.advanceMillis(61 * SECOND_MS)
        def restored = restore(file).domain()

        then:
        restored.domid() == web.domid()
    }

    def "-D asks for a domid that another domain has taken: the restore fails and builds nothing"() {
        given:
        def web = running('web')
        def file = home.resolve('web.save')
        save('web', file, c: true, D: true)
        host.rename(web.domid(), 'web-original')

        when:
        restore(file)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['domain creation fail: File exists', 'cannot (re-)build domain: -3']
        info('web') == null
    }

    def "after a save the domain is destroyed, runs on (-c), or stays paused, not suspended (-p)"() {
        given:
        def web = running('web')
        def file = home.resolve('web.save')

        when:
        save('web', file, c: c, p: p)

        then:
        (info('web')?.state()?.flags() ?: 'gone') ==~ flags
        Files.size(file) > 16L << 20

        where:
        c     | p     | flags
        false | false | 'gone'
        true  | false | RUNNING
        false | true  | '--p---'
        true  | true  | '--p---'
    }

    def "a guest left paused by save -p runs on from where it stopped when unpaused"() {
        given:
        def web = running('web')
        def file = home.resolve('web.save')
        save('web', file, p: true)
        def atSave = digest(host.memory(web.domid()))
        clock.advanceMillis(5 * SECOND_MS)

        expect: 'paused: its memory has not moved'
        digest(host.memory(web.domid())) == atSave

        when:
        host.unpause(web.domid())
        clock.advanceMillis(5 * SECOND_MS)

        then:
        info('web').state().flags() ==~ RUNNING
        digest(host.memory(web.domid())) != atSave
    }

    def "a renamed guest with vcpus taken offline comes back as it was saved: name, uuid, online vcpus"() {
        given:
        def web = running('web')
        host.rename(web.domid(), 'web-2')
        host.setOnlineVcpus(web.domid(), 1)
        def file = home.resolve('web.save')
        save('web-2', file)

        when:
        def restored = restore(file).domain()

        then:
        restored.name() == 'web-2'
        restored.uuid() == web.uuid()
        restored.onlineVcpus() == 1
        restored.maxVcpus() == 2
        SaveImageFormatSpec.savedJson(file).contains('"avail_vcpus": [\n            0\n        ],')
    }

    def "restore -p leaves the domain paused with the saved memory"() {
        given:
        def web = running('web')
        def before = digest(host.memory(web.domid()))
        def file = home.resolve('web.save')
        save('web', file)

        when:
        def restored = restore(file, p: true).domain()

        then:
        restored.state().flags() == '--p---'
        digest(host.memory(restored.domid())) == before
    }

    def "a CONFIG given to restore replaces the saved one: its disk line, with the saved memory"() {
        given:
        def web = running('web')
        def before = digest(host.memory(web.domid()))
        def file = home.resolve('web.save')
        save('web', file)
        def clone = Files.writeString(home.resolve('clone.img'), 'disk')
        def config = configFile('web', "disk = ['$clone,raw,xvda,rw']\n")

        when:
        def restored = restore(file, config: config.toString()).domain()

        then:
        told.contains("Parsing config from $config".toString())
        !told.contains('Parsing config from <saved>')
        host.definition(restored.domid()).get().config().disks()*.target() == [clone.toString()]
        digest(host.memory(restored.domid())) == before
    }

    def "restore -d tells the config as libxl JSON before building"() {
        given:
        running('web')
        def file = home.resolve('web.save')
        save('web', file)

        when:
        restore(file, d: true)

        then:
        told[3] == 'Parsing config from <saved>'
        told[4].startsWith('{\n    "c_info": {')
        told[4].endsWith('}')
        told[4] == SaveImageFormatSpec.savedJson(file).trim()
    }

    def "a name in use refuses the restore as create does, and builds nothing"() {
        given:
        running('web')
        def file = home.resolve('web.save')
        save('web', file, c: true)
        def count = host.domains().size()

        when:
        restore(file)

        then:
        def e = thrown(MultiLineException)
        e.lines() == ['Domain with name "web" already exists.', 'cannot make domain: -6']
        e.exitCode() == 1
        host.domains().size() == count
    }

    def "a CONFIG naming the domain with a path (#name) refuses the restore, as create does, and builds nothing"() {
        given:
        running('web')
        def file = home.resolve('web.save')
        save('web', file)
        def config = configFile('evil', "name = \"$name\"\n")
        def count = host.domains().size()

        when:
        restore(file, config: config.toString())

        then:
        def e = thrown(XshException)
        e.message.startsWith("Domain name \"$name\" is refused")
        e.exitCode() == 1
        host.domains().size() == count

        where:
        name << ['../x', 'a/b', '..']
    }

    def "Domain-0 cannot be saved: it has no stored configuration, and no file is made"() {
        given:
        def file = home.resolve('dom0.save')

        when:
        save('Domain-0', file)

        then:
        def e = thrown(xsh.error.XshException)
        e.message == 'unable to retrieve domain configuration'
        e.exitCode() == 1
        !Files.exists(file)
        told.isEmpty()
    }

    def "the image is mode 0644 and replaces an older image only once it is whole"() {
        given:
        running('web')
        def file = home.resolve('web.save')
        Files.writeString(file, 'an older image')

        when:
        save('web', file)

        then:
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) == 'rw-r--r--'
        Files.size(file) > 16L << 20
        Files.list(home).filter { it.fileName.toString().endsWith('.part') }.count() == 0
    }
}
