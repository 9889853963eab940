package xsh.cfg.disk

import spock.lang.Specification

/** The deprecated {@code word:} prefixes in front of the target. */
class DiskSpecPrefixSpec extends Specification {

    def "#prefix sets the format to #format"() {
        expect:
        DiskSpecParser.parse("${prefix}/img,xvda,w" as String).format() == format

        where:
        prefix   || format
        'raw:'   || DiskFormat.RAW
        'qcow:'  || DiskFormat.QCOW
        'qcow2:' || DiskFormat.QCOW2
        'vhd:'   || DiskFormat.VHD
    }

    def "#prefix sets the script #script and keeps the rest as target"() {
        when:
        def disk = DiskSpecParser.parse("${prefix}res:0,xvda" as String)

        then:
        disk.script() == script
        disk.target() == 'res:0'

        where:
        prefix   || script
        'iscsi:' || 'block-iscsi'
        'nbd:'   || 'block-nbd'
        'enbd:'  || 'block-enbd'
        'drbd:'  || 'block-drbd'
    }

    def "#prefix is accepted and ignored"() {
        expect:
        DiskSpecParser.parse("${prefix}/img,xvda,w" as String).toLibxl() ==
                [pdev_path: '/img', vdev: 'xvda', format: 'raw', readwrite: 1]

        where:
        prefix << ['tapdisk:', 'tap:', 'tap2:', 'aio:', 'ioemu:', 'file:', 'phy:', 'tap:aio:', 'tap2:tapdisk:file:', 'phy:raw:']
    }

    def "prefixes stack: #spec"() {
        expect:
        DiskSpecParser.parse(spec).toLibxl() == expected

        where:
        spec                    || expected
        'tap:qcow2:/img,xvda'   || [pdev_path: '/img', vdev: 'xvda', format: 'qcow2', readwrite: 1]
        'tap:aio:/img,xvda,r'   || [pdev_path: '/img', vdev: 'xvda', format: 'raw']
        'file:iscsi:t,xvda'     || [pdev_path: 't', vdev: 'xvda', format: 'raw', script: 'block-iscsi', readwrite: 1]
    }

    def "after a prefix there is no positional format: the next positional is the vdev"() {
        when:
        DiskSpecParser.parse('raw:/a,raw,xvda')

        then:
        def e = thrown(DiskSpecException)
        e.reason() == 'unknown value for access'
        e.near() == 'xvda'
    }

    def "an unknown prefix is an error after which xl stops reading: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == ['unknown deprecated disk prefix']
        e.near() == near

        where:
        spec                       || near
        'zzz:/img,xvda,w'          || 'zzz:'
        'zz9:,xvda,format=bogus'   || 'zz9:'
        'tap:nfs:/img,xvda'        || 'nfs:'
        'vdev=x,zzz:'              || 'zzz:'
    }

    def "a word: followed by a letter or digit is no prefix but a positional value: #spec"() {
        expect:
        DiskSpecParser.parse(spec).target() == target

        where:
        spec            || target
        'zzz:abc,,xvda' || 'zzz:abc'
        'host:0,,xvda'  || 'host:0'
        'Raw:/img,,x'   || 'Raw:/img'
        // a known prefix looks ahead to the end of the spec, so it wins even then
        'raw:abc,xvda'  || 'abc'
    }
}
