package xsh.cfg.disk

import spock.lang.Specification

/** Each parameter may be given once; xl tolerates a few repetitions. */
class DiskSpecRespecificationSpec extends Specification {

    def "giving #what a second, different value is an error quoting the new value: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near

        where:
        what            | spec                                          || reason                     | near
        'vdev'          | 'vdev=xvda,vdev=xvdb,target=/img'             || 'vdev respecified'          | 'xvdb'
        'vdev'          | 'vdev=xvda,,hdc:cdrom'                        || 'vdev respecified'          | 'hdc'
        'target'        | '/a,vdev=x,target=/b'                         || 'target respecified'        | '/b'
        'format'        | 'format=raw,format=qcow2,vdev=xvda,target=/i' || 'format respecified'        | 'qcow2'
        'format'        | 'format=,format=qcow,/i,,x'                   || 'format respecified'        | 'qcow'
        'format'        | 'qcow2:/i,x,format=raw'                       || 'format respecified'        | 'raw'
        'format'        | 'raw:qcow:/a,xvda'                            || 'format respecified'        | 'qcow'
        // xl names the libxl field "backend" for backendtype too
        'backendtype'   | 'backendtype=phy,backendtype=tap,/i,,x'       || 'backend respecified'       | 'tap'
        'backend'       | 'backend=a,backend=b,/i,,x'                   || 'backend respecified'       | 'b'
        'specification' | 'specification=xen,specification=virtio,/i,,x' || 'specification respecified' | 'virtio'
        'script'        | 'script=a,script=b,/i,,x'                     || 'script respecified'        | 'b'
        'script'        | 'iscsi:nbd:x,xvda'                            || 'script respecified'        | 'block-nbd'
        'script'        | 'script=mine,drbd:r0,xvda'                    || 'script respecified'        | 'block-drbd'
        'colo-host'     | 'colo-host=a,colo-host=b,/i,,x'               || 'colo-host respecified'     | 'b'
        'colo-export'   | 'colo-export=a,colo-export=b,/i,,x'           || 'colo-export respecified'   | 'b'
        'active-disk'   | 'active-disk=a,active-disk=b,/i,,x'           || 'active-disk respecified'   | 'b'
        'hidden-disk'   | 'hidden-disk=a,hidden-disk=b,/i,,x'           || 'hidden-disk respecified'   | 'b'
    }

    def "repeating the same enum value is fine: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec                                           || expected
        'format=raw,format=raw,vdev=xvda,target=/img'  || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        // an empty format means raw, so it agrees with raw
        'format=raw,format=,/i,xvda'                   || [pdev_path: '/i', vdev: 'xvda', format: 'raw', readwrite: 1]
        'raw:/i,xvda,format=raw'                       || [pdev_path: '/i', vdev: 'xvda', format: 'raw', readwrite: 1]
        'backendtype=qdisk,backendtype=qdisk,/i,,x'    || [pdev_path: '/i', vdev: 'x', backend: 'qdisk', format: 'raw', readwrite: 1]
        'specification=virtio,specification=virtio,/i,,x' || [pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1, specification: 'virtio']
    }

    def "an empty string may be overwritten: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec                              || expected
        ',vdev=x,target=/img'             || [pdev_path: '/img', vdev: 'x', format: 'raw', readwrite: 1]
        'vdev=,vdev=xvda,/img'            || [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]
        'backend=,backend=drv,/i,,x'      || [backend_domname: 'drv', pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1]
        'script=,iscsi:iqn,xvda'          || [pdev_path: 'iqn', vdev: 'xvda', format: 'raw', script: 'block-iscsi', readwrite: 1]
    }

    def "a string given the same value twice is still respecified"() {
        when:
        DiskSpecParser.parse('vdev=xvda,vdev=xvda,/img')

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'vdev respecified'
        e.near() == 'xvda'
    }

    def "flags may be repeated and the last one wins: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec                                 || expected
        'cdrom,devtype=disk,/i,,x'           || [pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1]
        'devtype=disk,cdrom,/i,,x'           || [pdev_path: '/i', vdev: 'x', format: 'raw', removable: 1, is_cdrom: 1]
        'discard,no-discard,discard,/i,,x'   || [pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1, discard_enable: 'True']
        'colo,no-colo,/i,,x'                 || [pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1, colo_enable: 'False']
        'colo-port=1,colo-port=2,/i,,x'      || [pdev_path: '/i', vdev: 'x', format: 'raw', readwrite: 1, colo_port: 2]
    }
}
