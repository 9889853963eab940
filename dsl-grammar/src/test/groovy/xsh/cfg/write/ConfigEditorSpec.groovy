package xsh.cfg.write

import spock.lang.Specification
import spock.lang.Unroll
import xsh.cfg.source.ConfigSource
import xsh.error.XshException

class ConfigEditorSpec extends Specification {

    static final String DEBIAN = '''# Debian guest
name = "debian"   # the name xl shows
memory = 512
vcpus = 2

disk = [
    'phy:/dev/zvol/zroot/debian,xvda,w',
    '/root/debian.iso,raw,hdc,cdrom'   ,
]
vif = [ 'bridge=xenbr0' ]
on_crash='preserve'
'''

    static String edit(String text, Closure<ConfigEditor> change) {
        def editor = ConfigEditor.of(ConfigSource.of('d.cfg', text))
        change(editor)
        new String(editor.bytes(), 'UTF-8')
    }

    def "an unchanged configuration is written back byte for byte"() {
        expect:
        edit(DEBIAN) { it } == DEBIAN
    }

    @Unroll
    def "#change changes only the bytes of that value"() {
        expect:
        edit(DEBIAN, edit) == DEBIAN.replace(from, to)

        where:
        change                        | edit                                                        | from                                   || to
        'setting memory'              | { it.setNumber('memory', 2048) }                            | 'memory = 512'                         || 'memory = 2048'
        'renaming'                    | { it.setString('name', 'debian-2') }                        | 'name = "debian"'                      || 'name = "debian-2"'
        'pointing disk 0 at a clone'  | { it.setDiskTarget(0, '/dev/zvol/zroot/debian-clone') }     | "'phy:/dev/zvol/zroot/debian,xvda,w'"  || "'phy:/dev/zvol/zroot/debian-clone,xvda,w'"
        'changing the cdrom image'    | { it.setDiskTarget(1, '/root/other.iso') }                  | "'/root/debian.iso,raw,hdc,cdrom'"     || "'/root/other.iso,raw,hdc,cdrom'"
        'adding a vif'                | { it.appendToList('vif', 'bridge=xenbr1') }                 | "[ 'bridge=xenbr0' ]"                  || "[ 'bridge=xenbr0', 'bridge=xenbr1' ]"
        'quoting as the value was'    | { it.setString('on_crash', "it's") }                         | "on_crash='preserve'"                  || "on_crash='it\\'s'"
    }

    def "a value appended to a list with one item per line gets its own line and indent"() {
        expect:
        edit(DEBIAN) { it.appendToList('disk', '/root/extra.img,raw,xvdb,w') } == DEBIAN.replace(
                "'/root/debian.iso,raw,hdc,cdrom'",
                "'/root/debian.iso,raw,hdc,cdrom',\n    '/root/extra.img,raw,xvdb,w'")
    }

    def "a new key is appended at the end"() {
        expect:
        edit('name = "x"') { it.setNumber('maxmem', 1024) } == 'name = "x"\nmaxmem = 1024\n'
        edit(DEBIAN) { it.appendToList('pci', '0000:00:1f.2') } == DEBIAN + 'pci = ["0000:00:1f.2"]\n'
    }

    @Unroll
    def "the disk target in #spec becomes #result"() {
        expect:
        DiskTargetRewrite.withTarget(spec, '/new') == result

        where:
        spec                                                        || result
        '/img,raw,xvda,rw'                                          || '/new,raw,xvda,rw'
        'tap:aio:/img,xvda,w'                                       || 'tap:aio:/new,xvda,w'
        'format=raw, vdev=hda, access=rw, target=/dev/vg/guest'     || 'format=raw, vdev=hda, access=rw, target=/new'
        'vdev=xvda,/img'                                            || 'vdev=xvda,/new'
        ',,hdc:cdrom,r'                                             || '/new,,hdc:cdrom,r'
        'target=/a,b,c'                                             || 'target=/new'
    }

    def "a setting built with += is replaced by a new last assignment, which is what xl reads"() {
        expect:
        edit('extra = "a"\nextra += " b"\n') { it.setString('extra', 'c') } == 'extra = "a"\nextra += " b"\nextra = "c"\n'
    }

    def "a string that needs escapes reads back as the same value"() {
        given:
        def value = 'tab\there "quote" \\ back\nslash é'

        when:
        def editor = ConfigEditor.of(ConfigSource.of('d.cfg', 'a = "x"\n')).setString('a', value)

        then:
        editor.parsed().settings().get('a').get().value().text() == value
    }

    def "a configuration with errors is not edited"() {
        when:
        ConfigEditor.of(ConfigSource.of('d.cfg', 'a = \n'))

        then:
        def e = thrown(XshException)
        e.message == 'd.cfg:1:5: missing value after `=` for `a` (a string, a number or a list)'
    }
}
