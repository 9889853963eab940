package xsh.cfg.disk

import spock.lang.Specification

/** Positional parameters fill target, format, vdev and access, in that order. */
class DiskSpecPositionalSpec extends Specification {

    def "positionals fill the slots keyword parameters left open: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        [disk.target(), disk.format(), disk.vdev(), disk.readwrite()] == [target, format, vdev, readwrite]

        where:
        spec                         || target | format            | vdev   | readwrite
        '/img,qcow,xvda,r'           || '/img' | DiskFormat.QCOW   | 'xvda' | false
        '/img,,xvda,'                || '/img' | DiskFormat.RAW    | 'xvda' | true
        '/img,vhd,xvda,w'            || '/img' | DiskFormat.VHD    | 'xvda' | true
        '/img,qed,xvda,ro'           || '/img' | DiskFormat.QED    | 'xvda' | false
        // a keyword-set slot is skipped, so the next positional moves on
        'format=qcow2,/img,xvda,ro'  || '/img' | DiskFormat.QCOW2  | 'xvda' | false
    }

    def "a positional after access= still fills the access slot, and the last access wins"() {
        expect:
        DiskSpecParser.parse(spec).readwrite() == readwrite

        where:
        spec                      || readwrite
        'access=r,/img,raw,xvda,w' || true
        '/img,raw,xvda,w,access=r' || false
        'access=r,access=w,/i,,x'  || true
    }

    def "vdev:type is read as the vdev slot: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.vdev() == vdev
        disk.cdrom() == cdrom

        where:
        spec                    || vdev  | cdrom
        '/i,,hdc:cdrom'         || 'hdc' | true
        '/i,raw,hdc:cdrom,r'    || 'hdc' | true
        '/i,,xvdb:disk'         || 'xvdb'| false
        'cdrom,/i,,xvdb:disk'   || 'xvdb'| false
        // the type is after the last colon
        '/i,,a:b:cdrom'         || 'a:b' | true
        'phy:/i,hdc:cdrom'      || 'hdc' | true
    }

    def "vdev:type in the format slot only works with an empty target: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.toLibxl() == [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]

        where:
        spec << [',hdc:cdrom', ',hdc:cdrom,r', ',hdc:cdrom,,']
    }

    def "with a real target a vdev:type in the format slot is a bad format"() {
        when:
        DiskSpecParser.parse('/img,xvda:cdrom,r')

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'unknown value for format'
        e.near() == 'xvda:cdrom'
    }

    def "an empty target with a disk type still makes the format empty, and access stays as given"() {
        expect:
        DiskSpecParser.parse(',xvdb:disk,w').toLibxl() == [pdev_path: '', vdev: 'xvdb', format: 'empty', readwrite: 1]
    }

    def "an unknown type after the colon is an error wherever it appears: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'unknown deprecated type'
        e.near() == 'floppy'

        where:
        spec << [',hdc:floppy,r', '/i,,hdc:floppy']
    }

    def "a fifth positional is an error after which xl reports nothing more: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == ['too many positional parameters']
        e.near() == near

        where:
        spec                                || near
        '/img,qcow2,xvda,r,extra'           || 'extra'
        '/img,,xvda,,,'                     || ''
        '/img,,xvda,r,extra,format=bogus'   || 'extra'
        '/img,,xvda,r,extra,foo=bar'        || 'extra'
    }

    def "after an error, positionals are ignored rather than reported: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == reasons

        where:
        spec                               || reasons
        'format=bogus,/img,raw,xvda,r,x,y' || ['unknown value for format']
        'foo=bar,/img,raw,xvda,r,x,y'      || ['unknown parameter']
        // keyword parameters are still checked
        'foo=bar,/img,access=zz'           || ['unknown parameter', 'unknown value for access']
    }
}
