package xsh.cfg.disk

import spock.lang.Specification

/** The exact lines xl prints for a bad disk spec, which xsh reproduces for compatibility. */
class DiskSpecXlMessageSpec extends Specification {

    def "xl's line for #spec read from #source"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.xlMessage(source) == line

        where:
        spec                                   | source         || line
        '/img,bogus,xvda'                      | 'command line' || "command line: config parsing error in disk specification: unknown value for format: near `bogus' in `/img,bogus,xvda'"
        '/img,bogus,xvda'                      | 'guest.cfg'    || "guest.cfg: config parsing error in disk specification: unknown value for format: near `bogus' in `/img,bogus,xvda'"
        ' /img , raw , xvda'                   | 'command line' || "command line: config parsing error in disk specification: unknown value for format: near `raw ' in ` /img , raw , xvda'"
        'devtype=floppy,vdev=xvda,target=/img' | 'command line' || "command line: config parsing error in disk specification: unknown value for type: near `devtype=floppy,' in `devtype=floppy,vdev=xvda,target=/img'"
        'foo=bar,vdev=xvda,target=/img'        | 'command line' || "command line: config parsing error in disk specification: unknown parameter: near `foo=b' in `foo=bar,vdev=xvda,target=/img'"
        'target=/a,vdev=xvda'                  | 'command line' || "command line: config parsing error in disk specification: no vdev specified in `target=/a,vdev=xvda'"
        'vdev=xvda'                            | '/etc/xen/g'   || "/etc/xen/g: config parsing error in disk specification: no target specified (and device not removable) in `vdev=xvda'"
        'zzz:/img,xvda,w'                      | 'command line' || "command line: config parsing error in disk specification: unknown deprecated disk prefix: near `zzz:' in `zzz:/img,xvda,w'"
        '/img,qcow2,xvda,r,extra'              | 'command line' || "command line: config parsing error in disk specification: too many positional parameters: near `extra' in `/img,qcow2,xvda,r,extra'"
        'iscsi:nbd:x,xvda'                     | 'command line' || "command line: config parsing error in disk specification: script respecified: near `block-nbd' in `iscsi:nbd:x,xvda'"
        'grant_usage=1,/img,raw,xvda'          | 'command line' || "command line: config parsing error in disk specification: bad disk syntax: near `=1,/img,raw,xvda' in `grant_usage=1,/img,raw,xvda'"
        'colo-port=0x10,/i,,x'                 | 'command line' || "command line: config parsing error in disk specification: unknown value for colo_port: near `0x10' in `colo-port=0x10,/i,,x'"
        ',hdc:floppy,r'                        | 'command line' || "command line: config parsing error in disk specification: unknown deprecated type: near `floppy' in `,hdc:floppy,r'"
    }

    def "xl reports every bad keyword parameter of a spec, one line each"() {
        given:
        def spec = 'format=bogus,access=bad,vdev=x,vdev=y,/i'

        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.errors()*.reason() == ['unknown value for format', 'unknown value for access', 'vdev respecified']
        e.errors()*.near() == ['bogus', 'bad', 'y']
        e.reason() == 'unknown value for format'
        e.xlMessage('command line') == [
                "command line: config parsing error in disk specification: unknown value for format: near `bogus' in `$spec'",
                "command line: config parsing error in disk specification: unknown value for access: near `bad' in `$spec'",
                "command line: config parsing error in disk specification: vdev respecified: near `y' in `$spec'",
        ].join('\n')
    }

    def "with several block-attach words xl quotes the word it was reading"() {
        when:
        DiskSpecParser.parse(words)

        then:
        def e = thrown(DiskSpecException)
        e.xlMessage('command line') == line

        where:
        words                         || line
        ['vdev=xvda', 'format=bogus'] || "command line: config parsing error in disk specification: unknown value for format: near `bogus' in `format=bogus'"
        ['/i', 'vdev=x', 'vdev=y']    || "command line: config parsing error in disk specification: vdev respecified: near `y' in `vdev=y'"
        // a whole-spec error quotes the last word
        ['/img', 'raw']               || "command line: config parsing error in disk specification: no vdev specified in `raw'"
    }

    def "xl stops at the first word with errors, so later words are not reported"() {
        when:
        DiskSpecParser.parse(['format=bogus', 'access=bad'])

        then:
        def e = thrown(DiskSpecException)
        e.errors().size() == 1
        e.near() == 'bogus'
        e.spec() == 'format=bogus'
    }

    def "an = right before a newline jams xl's scanner: it prints only that and exits 2"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.exitCode() == 2
        e.xlMessage('command line') == message
        e.errors().last().isScannerJam()

        where:
        spec                 || message
        '=\nfoo'             || 'flex scanner jammed'
        '/i,,x,=\n'          || 'flex scanner jammed'
        'foo=1,/i,,x,=\nbar' || "command line: config parsing error in disk specification: unknown parameter: near `foo=1,' in `foo=1,/i,,x,=\nbar'\nflex scanner jammed"
    }

    def "a disk spec error is an XshException with xl's exit status 1"() {
        when:
        DiskSpecParser.parse('/img,bogus,xvda')

        then:
        def e = thrown(xsh.error.XshException)
        e instanceof DiskSpecException
        e.exitCode() == 1
    }
}
