package xsh.cfg.disk

import spock.lang.Specification

/** {@link DiskSpec#toLibxl()}: the disk as libxl's JSON prints it. */
class DiskSpecLibxlSpec extends Specification {

    def "every field a spec can set, in libxl's order and with libxl's names"() {
        given:
        def spec = 'backend=drv,backendtype=qdisk,script=block-x,direct-io-safe,no-discard,' +
                'specification=virtio,colo,colo-host=h,colo-port=7000,colo-export=exp,' +
                'active-disk=/act,hidden-disk=/hid,/img,qcow2,xvda,w'

        when:
        def json = DiskSpecParser.parse(spec).toLibxl()

        then:
        json.keySet() as List == ['backend_domname', 'pdev_path', 'vdev', 'backend', 'format', 'script',
                                  'readwrite', 'direct_io_safe', 'discard_enable', 'specification',
                                  'colo_enable', 'colo_host', 'colo_port', 'colo_export', 'active_disk',
                                  'hidden_disk']
        json == [backend_domname: 'drv', pdev_path: '/img', vdev: 'xvda', backend: 'qdisk',
                 format: 'qcow2', script: 'block-x', readwrite: 1, direct_io_safe: true,
                 discard_enable: 'False', specification: 'virtio', colo_enable: 'True',
                 colo_host: 'h', colo_port: 7000, colo_export: 'exp', active_disk: '/act',
                 hidden_disk: '/hid']
    }

    def "values are the Java types the JSON writer expects: #key is a #type.simpleName"() {
        given:
        def json = DiskSpecParser.parse('direct-io-safe,discard,colo-port=9,/i,,hdc,cdrom').toLibxl()

        expect:
        json[key].getClass() == type
        json[key] == value

        where:
        key              || type    | value
        'pdev_path'      || String  | '/i'
        'format'         || String  | 'raw'
        'removable'      || Integer | 1
        'is_cdrom'       || Integer | 1
        'direct_io_safe' || Boolean | true
        'discard_enable' || String  | 'True'
        'colo_port'      || Integer | 9
    }

    def "the map is ordered as libxl prints it: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl().keySet() as List == keys

        where:
        spec                            || keys
        '/dev/vg/test,raw,xvda,rw'      || ['pdev_path', 'vdev', 'format', 'readwrite']
        ',,hdc,cdrom'                   || ['pdev_path', 'vdev', 'format', 'removable', 'is_cdrom']
        'script=s,backend=d,vdev=v,target=t' || ['backend_domname', 'pdev_path', 'vdev', 'format', 'script', 'readwrite']
    }

    def "Appendix A's disks of xl -N create"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == json

        where:
        spec                       || json
        '/dev/vg/test,raw,xvda,rw' || [pdev_path: '/dev/vg/test', vdev: 'xvda', format: 'raw', readwrite: 1]
        ',,hdc,cdrom'              || [pdev_path: '', vdev: 'hdc', format: 'empty', removable: 1, is_cdrom: 1]
    }

    def "defaulted values are left out: readwrite 0, no backend type, unset defbools, port 0"() {
        expect:
        DiskSpecParser.parse('/img,,xvda,ro').toLibxl() == [pdev_path: '/img', vdev: 'xvda', format: 'raw']
    }

    def "specification=xen is printed although it is libxl's default: libxl only omits unset enums"() {
        expect:
        DiskSpecParser.parse('specification=xen,/img,,xvda').toLibxl().specification == 'xen'
    }

    def "the map is a fresh LinkedHashMap each time"() {
        given:
        def disk = DiskSpecParser.parse('/img,,xvda')

        when:
        def first = disk.toLibxl()
        first.put('vdev', 'changed')

        then:
        first instanceof LinkedHashMap
        disk.toLibxl().vdev == 'xvda'
    }

    def "a DiskSpec needs a format, a vdev and both defbools"() {
        when:
        new DiskSpec('/i', null, 'x', true, false, false, null, null, null, null, false,
                Defbool.DEFAULT, Defbool.DEFAULT, null, 0, null, null, null)

        then:
        thrown(NullPointerException)
    }
}
