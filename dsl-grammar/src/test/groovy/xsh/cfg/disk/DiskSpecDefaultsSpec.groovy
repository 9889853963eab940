package xsh.cfg.disk

import spock.lang.Specification

/** What xl fills in and checks once a spec is read. */
class DiskSpecDefaultsSpec extends Specification {

    def "a plain disk defaults to raw and read-write, with nothing else set"() {
        when:
        def disk = DiskSpecParser.parse('/img,,xvda')

        then:
        disk == new DiskSpec('/img', DiskFormat.RAW, 'xvda', true, false, false, null, null, null,
                null, false, Defbool.DEFAULT, Defbool.DEFAULT, null, 0, null, null, null)
    }

    def "a cdrom is removable and read-only whatever access says: #spec"() {
        when:
        def disk = DiskSpecParser.parse(spec)

        then:
        disk.cdrom()
        disk.removable()
        !disk.readwrite()

        where:
        spec << ['access=rw,cdrom,/x,,hdc', '/x,,hdc,w,devtype=cdrom', '/x,,hdc:cdrom,rw']
    }

    def "a cdrom without a target, or with an empty one, has format empty whatever was given: #spec"() {
        expect:
        DiskSpecParser.parse(spec).format() == DiskFormat.EMPTY

        where:
        spec << ['format=qcow2,devtype=cdrom,vdev=hdc', ',qcow2,hdc,cdrom', 'vdev=hdc,cdrom,target=']
    }

    def "a cdrom with a target keeps its format"() {
        expect:
        DiskSpecParser.parse('format=qcow2,devtype=cdrom,vdev=hdc,target=/x').format() == DiskFormat.QCOW2
    }

    def "a non-cdrom disk may have an empty target, and then stays raw"() {
        expect:
        DiskSpecParser.parse(',,xvda').toLibxl() == [pdev_path: '', vdev: 'xvda', format: 'raw', readwrite: 1]
    }

    def "an empty vdev= passes xl's check for a vdev"() {
        expect:
        DiskSpecParser.parse('vdev=,/img').toLibxl() == [pdev_path: '/img', vdev: '', format: 'raw', readwrite: 1]
    }

    def "#spec has no vdev"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == ['no vdev specified']
        e.near() == null

        where:
        spec << ['foo', 'cdrom', '/img,raw', ',,', 'target=/a,vdev=xvda', 'devtype=cdrom']
    }

    def "only a cdrom may lack a target: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == ['no target specified (and device not removable)']

        where:
        spec << ['vdev=xvda', 'vdev=xvda,devtype=disk', 'format=raw,vdev=xvda,access=ro']
    }

    def "colo-port takes what C's atoi makes of it: #value"() {
        expect:
        DiskSpecParser.parse("colo-port=$value,/i,,x" as String).coloPort() == port

        where:
        value                  || port
        '7000'                 || 7000
        ' 12x'                 || 12
        '+7'                   || 7
        '-3'                   || -3
        // glibc's atoi is strtol cut to int
        '99999999999'          || 1215752191
        '4294967297'           || 1
        '99999999999999999999' || -1
    }

    def "colo-port refuses what atoi reads as 0: #value"() {
        when:
        DiskSpecParser.parse("colo-port=$value,/i,,x" as String)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'unknown value for colo_port'
        e.near() == value

        where:
        value << ['0', '', 'x', '0x10', '4294967296', '-9223372036854775808']
    }

    def "the enum parameters accept exactly xl's names: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near

        where:
        spec                              || reason                            | near
        'backendtype=PHY,/i,,x'           || 'unknown value for backendtype'   | 'PHY'
        'backendtype=,/i,,x'              || 'unknown value for backendtype'   | ''
        'specification=kvm,/i,,x'         || 'unknown value for specification' | 'kvm'
        'format=QCOW2,/i,,x'              || 'unknown value for format'        | 'QCOW2'
        'access=RW,/i,,x'                 || 'unknown value for access'        | 'RW'
        'devtype=,/i,,x'                  || 'unknown value for type'          | 'devtype=,'
        'devtype=cdrom2,/i,,x'            || 'unknown value for type'          | 'devtype=cdrom2,'
    }
}
