package xsh.cfg.disk

import spock.lang.Specification

/**
 * Where xsh follows xl 4.17 rather than the manual or newer xl: the documented
 * trusted/untrusted flags are missing from 4.17's shipped scanner and grant_usage= came later.
 */
class DiskSpecXen417Spec extends Specification {

    def "trusted/untrusted are positional parameters in 4.17: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.reason() == reason
        e.near() == near
        e.message.contains("xl 4.17 has no $flag flag")

        where:
        spec                                               || reason                           | near                   | flag
        // check-xl-disk-parse's own vector: "trusted" becomes the target
        ' trusted,vdev=hda,target=/some/disk/image.raw'     || 'target respecified'             | '/some/disk/image.raw' | 'trusted'
        '/img,untrusted,xvda'                              || 'unknown value for format'       | 'untrusted'            | 'untrusted'
        '/img,raw,xvda,trusted'                            || 'unknown value for access'       | 'trusted'              | 'trusted'
        '/img,raw,xvda,w,untrusted'                        || 'too many positional parameters' | 'untrusted'            | 'untrusted'
    }

    def "the words of check-xl-disk-parse's trusted vector fail the same way"() {
        when:
        DiskSpecParser.parse([' trusted', 'vdev=hda', 'target=/some/disk/image.raw'])

        then:
        def e = thrown(DiskSpecException)
        e.xlMessage('command line') ==
                "command line: config parsing error in disk specification: target respecified: near `/some/disk/image.raw' in `target=/some/disk/image.raw'"
    }

    def "a trusted flag can even pass as the target, and the disk is not marked trusted"() {
        expect:
        DiskSpecParser.parse('trusted,,xvda').toLibxl() == [pdev_path: 'trusted', vdev: 'xvda', format: 'raw', readwrite: 1]
    }

    def "grant_usage= is unknown, and its underscore makes it bad syntax rather than an unknown parameter: #spec"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == reasons
        e.errors()*.near() == nears

        where:
        spec                          || reasons                                         | nears
        'grant_usage=1,/img,raw,xvda' || ['bad disk syntax']                             | ['=1,/img,raw,xvda']
        // as the fourth positional, grant_usage is first taken for an access mode
        '/img,raw,xvda,grant_usage=1' || ['unknown value for access', 'bad disk syntax'] | ['grant_usage', '=1']
    }
}
