package xsh.cfg.disk

import spock.lang.Specification

/** How xl 4.17's scanner cuts a disk spec into parameters. */
class DiskSpecLexingSpec extends Specification {

    def "blanks before a parameter are skipped: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == [pdev_path: '/img', vdev: 'xvda', format: 'qcow2', readwrite: 1]

        where:
        spec << [
                ' /img, qcow2,\txvda',
                'format=qcow2,  vdev=xvda,\n target=/img',
                '   qcow2:/img, xvda',
        ]
    }

    def "blanks after a value are part of it: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.target() == target
        disk.vdev() == vdev

        where:
        spec                       || target         | vdev
        '/img ,,xvda'              || '/img '        | 'xvda'
        '/img,,xvda '              || '/img'         | 'xvda '
        'vdev=xvda ,target=/img  ' || '/img  '       | 'xvda '
        'vdev=x,target=/my disk.img ' || '/my disk.img ' | 'x'
    }

    def "a blank after an enum value makes it unknown: near #near"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near

        where:
        spec                 || reason                     | near
        ' /img , raw , xvda' || 'unknown value for format' | 'raw '
        '/i,,xvda,rw '       || 'unknown value for access' | 'rw '
        'format=raw ,/i,,x'  || 'unknown value for format' | 'raw '
    }

    def "target= takes the rest of the spec, commas and all, less one final comma: #spec"() {
        when:
        def disk = DiskSpecParser.parse("vdev=xvda,$spec" as String)

        then:
        disk.target() == target

        where:
        spec                            || target
        'target=/a,b,c'                 || '/a,b,c'
        'target=/img,'                  || '/img'
        'target=/img,,'                 || '/img,'
        'target=/x:y,format=qcow2'      || '/x:y,format=qcow2'
        'target=/dev/vg/target=odd'     || '/dev/vg/target=odd'
    }

    def "target= before other parameters swallows them, so the vdev goes missing"() {
        when:
        DiskSpecParser.parse('target=/img,vdev=xvda,format=raw')

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'no vdev specified'
        e.near() == null
    }

    def "a name= with an unknown name is quoted with one value character: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'unknown parameter'
        e.near() == near

        where:
        spec                   || near
        'foo=bar,vdev=x,/i'    || 'foo=b'
        'foo=1,/i,,x'          || 'foo=1,'
        'a-b=c'                || 'a-b=c'
        'x9-y=long,/i,,x'      || 'x9-y=l'
        'trusted=1,/i,,x'      || 'trusted=1,'
    }

    def "an = that does not follow a lower-case name is bad syntax, quoted to the end: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'bad disk syntax'
        e.near() == near

        where:
        spec                          || near
        'Foo=bar,/i,,x'               || '=bar,/i,,x'
        'grant_usage=1,/img,raw,xvda' || '=1,/img,raw,xvda'
        'foo=,vdev=x'                 || '=,vdev=x'
        '/img,raw,xvda,w,=x'          || '=x'
        '=a\nb'                       || '=a'
    }

    def "an = at the very end is silently dropped by xl: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec              || expected
        '/img,raw,xvda,=' || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        '/img,,xvda,r,='  || [pdev_path: '/img', vdev: 'xvda', format: 'raw']
    }

    def "flags and fixed values are only flags when the parameter ends there: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.target() == target
        disk.cdrom() == cdrom

        where:
        spec               || target   | cdrom
        'cdrom,/i,,hdc'    || '/i'     | true
        '/i,,hdc,cdrom'    || '/i'     | true
        'cdromx,,hdc'      || 'cdromx' | false
        'discards,,hdc'    || 'discards' | false
    }

    def "a newline ends what target= and prefixes take, but not a positional value"() {
        expect:
        DiskSpecParser.parse(spec).target() == target

        where:
        spec                       || target
        'a\nb,,xvda'               || 'a\nb'
        ' a\nb,,xvda'              || ' a\nb'
        'vdev=xvda,target=/a\n'    || '/a'
    }

    def "a NUL ends the spec as it would in xl's C strings"() {
        expect:
        DiskSpecParser.parse('/img,,xvda\u0000,bogus').toLibxl() ==
                [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
    }

    def "an empty spec or block-attach word sets nothing"() {
        when:
        DiskSpecParser.parse(words)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near

        where:
        words                   || reason                     | near
        ['']                    || 'no vdev specified'        | null
        [' ']                   || 'no vdev specified'        | null
        // the empty word is not an empty positional: hda lands on the format
        ['/img', '', 'hda']     || 'unknown value for format' | 'hda'
    }

    def "there must be at least one word"() {
        when:
        DiskSpecParser.parse([])

        then:
        thrown(IllegalArgumentException)
    }
}
