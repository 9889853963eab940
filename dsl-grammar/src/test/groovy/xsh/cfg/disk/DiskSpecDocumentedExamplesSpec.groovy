package xsh.cfg.disk

import spock.lang.Specification

/**
 * The examples of xl-disk-configuration(5) and of xl's own check-xl-disk-parse, which the
 * reference (§4) verified against xl 4.17: each group of spellings describes the same disk.
 */
class DiskSpecDocumentedExamplesSpec extends Specification {

    def "#spec is the plain raw read-write disk hda on /dev/vg/guest-volume"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() ==
                [pdev_path: '/dev/vg/guest-volume', vdev: 'hda', format: 'raw', readwrite: 1]

        where:
        spec << [
                '/dev/vg/guest-volume,,hda',
                '/dev/vg/guest-volume,raw,hda,rw',
                'format=raw, vdev=hda, access=rw, target=/dev/vg/guest-volume',
                'raw:/dev/vg/guest-volume,hda,w',
        ]
    }

    def "block-attach words #words combine into the same plain disk"() {
        expect:
        DiskSpecParser.parse(words).toLibxl() ==
                [pdev_path: '/dev/vg/guest-volume', vdev: 'hda', format: 'raw', readwrite: 1]

        where:
        words << [
                ['format=raw', 'vdev=hda', 'access=rw', 'target=/dev/vg/guest-volume'],
                ['/dev/vg/guest-volume', ',hda'],
                ['vdev=hda', '/dev/vg/guest-volume'],
        ]
    }

    def "#spec is a read-only removable cdrom hdc holding /root/image.iso"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.toLibxl() == [pdev_path: '/root/image.iso', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1]
        disk.cdrom()
        disk.removable()
        !disk.readwrite()

        where:
        spec << [
                '/root/image.iso,,hdc,cdrom',
                '/root/image.iso,,hdc,,cdrom',
                '/root/image.iso,raw,hdc,devtype=cdrom',
                'format=raw, vdev=hdc, access=ro, devtype=cdrom, target=/root/image.iso',
                'raw:/root/image.iso,hdc:cdrom,ro',
        ]
    }

    def "#spec is an empty cdrom drive hdc with an empty target"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.toLibxl() == [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]
        disk.target() == ''
        disk.format() == DiskFormat.EMPTY

        where:
        spec << [
                ',,hdc:cdrom,r',
                ',hdc:cdrom,r',
                'vdev=hdc,access=r,devtype=cdrom,target=',
                'devtype=cdrom,,,hdc',
                ',empty,hdc:cdrom,r',
        ]
    }

    def "#spec is an empty cdrom drive hdc with no target at all, so no pdev_path key"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.toLibxl() == [vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]
        disk.target() == null

        where:
        spec << [
                'vdev=hdc,devtype=cdrom',
                'vdev=hdc,access=r,devtype=cdrom',
                'vdev=hdc,access=r,devtype=cdrom,format=empty',
        ]
    }

    def "a backendtype names libxl's backend: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() ==
                [pdev_path: '/dev/vg/guest-volume', vdev: 'xvdb', backend: 'phy', format: 'raw', readwrite: 1]

        where:
        spec = 'backendtype=phy,vdev=xvdb,access=w,target=/dev/vg/guest-volume'
    }

    def "an iSCSI target with colons works through the iscsi: prefix or target=: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == [
                pdev_path: 'iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost',
                vdev     : 'xvda', format: 'raw', script: 'block-iscsi', readwrite: 1]

        where:
        spec << [
                'iscsi:iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost,xvda,w',
                'vdev=xvda,access=w,script=block-iscsi,target=iqn.2001-05.com.equallogic:0-8a0906-23fe93404-c82797962054a96d-examplehost',
        ]
    }

    def "a drbd resource gets the block-drbd script"() {
        expect:
        DiskSpecParser.parse('drbd:app01,hda,w').toLibxl() ==
                [pdev_path: 'app01', vdev: 'hda', format: 'raw', script: 'block-drbd', readwrite: 1]
    }

    def "discard flags given as separate words: #words"() {
        expect:
        DiskSpecParser.parse(words).toLibxl() == expected

        where:
        words                                                         || expected
        [' discard', 'vdev=hda', 'target=/some/disk/image.raw']        || [pdev_path: '/some/disk/image.raw', vdev: 'hda', format: 'raw', readwrite: 1, discard_enable: 'True']
        [' cdrom', 'no-discard', 'vdev=hda', 'target=/some/disk/image.iso'] || [pdev_path: '/some/disk/image.iso', vdev: 'hda', format: 'raw', removable: 1, is_cdrom: 1, discard_enable: 'False']
    }

    def "cd-insert's spec puts a medium into the drive, cd-eject's empties it"() {
        expect:
        DiskSpecParser.parse("vdev=hdc,access=r,devtype=cdrom,target=$path").toLibxl() == expected

        where:
        path          || expected
        '/isos/a.iso' || [pdev_path: '/isos/a.iso', vdev: 'hdc', format: 'raw', removable: 1, is_cdrom: 1]
        ''            || [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]
    }
}
