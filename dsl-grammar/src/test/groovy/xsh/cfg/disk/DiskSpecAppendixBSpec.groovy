package xsh.cfg.disk

import spock.lang.Specification

/**
 * The disk vectors of the reference's Appendix B, verified with xl 4.17's
 * {@code xl -N block-attach 0 SPEC}. Where the appendix abbreviates a spec with "...", it is
 * completed with {@code vdev=xvda,target=/img}.
 */
class DiskSpecAppendixBSpec extends Specification {

    def "xl accepts #spec as #expected"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec                                          || expected
        '/img,qcow2,xvda,ro'                          || [pdev_path: '/img', vdev: 'xvda', format: 'qcow2']
        'format=raw,vdev=xvda,target=/a,b,c'          || [pdev_path: '/a,b,c', vdev: 'xvda', format: 'raw', readwrite: 1]
        'tap:aio:/img,xvda,w'                         || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        'qcow2:/img,xvda,w'                           || [pdev_path: '/img', vdev: 'xvda', format: 'qcow2', readwrite: 1]
        'format=raw,format=raw,vdev=xvda,target=/img' || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        'direct-io-safe,vdev=xvda,target=/img'        || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1, direct_io_safe: true]
        'backend=drv,vdev=xvda,target=/img'           || [backend_domname: 'drv', pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        'img,,xvda'                                   || [pdev_path: 'img', vdev: 'xvda', format: 'raw', readwrite: 1]
    }

    def "xl refuses #spec with '#reason' near #near"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near
        e.spec() == spec
        e.exitCode() == 1

        where:
        spec                                            || reason                                            | near
        '/img,qcow2,xvda,r,extra'                       || 'too many positional parameters'                  | 'extra'
        '/img,bogus,xvda'                               || 'unknown value for format'                        | 'bogus'
        '/img,,xvda,rx'                                 || 'unknown value for access'                        | 'rx'
        'target=/a,vdev=xvda'                           || 'no vdev specified'                               | null
        'vdev=xvda'                                     || 'no target specified (and device not removable)' | null
        'devtype=floppy,vdev=xvda,target=/img'          || 'unknown value for type'                          | 'devtype=floppy,'
        'foo=bar,vdev=xvda,target=/img'                 || 'unknown parameter'                               | 'foo=b'
        'zzz:/img,xvda,w'                               || 'unknown deprecated disk prefix'                  | 'zzz:'
        '/img,xvda:cdrom,r'                             || 'unknown value for format'                        | 'xvda:cdrom'
        'vdev=xvda,vdev=xvdb,target=/img'               || 'vdev respecified'                                | 'xvdb'
        'format=raw,format=qcow2,vdev=xvda,target=/img' || 'format respecified'                              | 'qcow2'
    }

    def "the read-only disk of the first vector has readwrite false, which libxl leaves out"() {
        when:
        def disk = DiskSpecParser.parse('/img,qcow2,xvda,ro')

        then:
        !disk.readwrite()
        !disk.toLibxl().containsKey('readwrite')
    }
}
