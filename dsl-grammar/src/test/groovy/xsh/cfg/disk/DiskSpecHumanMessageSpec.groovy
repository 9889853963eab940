package xsh.cfg.disk

import spock.lang.Specification

/** xsh's own one-line explanation of a refused disk spec (the exception message). */
class DiskSpecHumanMessageSpec extends Specification {

    def "#spec is explained as: #message"() {
        when:
        DiskSpecParser.parse(spec)

        then:
        def e = thrown(DiskSpecException)
        e.message == message

        where:
        spec                                    || message
        '/img,bogus,xvda'                       || 'disk `/img,bogus,xvda`: unknown format `bogus` (expected raw, qcow, qcow2, vhd, qed or empty)'
        ' /img , raw , xvda'                    || 'disk ` /img , raw , xvda`: unknown format `raw ` (expected raw, qcow, qcow2, vhd, qed or empty); the blank after it is part of the value'
        '/img,,xvda,rx'                         || 'disk `/img,,xvda,rx`: unknown access `rx` (expected r, ro, w or rw)'
        'devtype=floppy,vdev=xvda,target=/img'  || 'disk `devtype=floppy,vdev=xvda,target=/img`: unknown devtype `floppy` (expected cdrom or disk)'
        'backendtype=nvme,/i,,x'                || 'disk `backendtype=nvme,/i,,x`: unknown backendtype `nvme` (expected phy, tap, qdisk or standalone)'
        'specification=kvm,/i,,x'               || 'disk `specification=kvm,/i,,x`: unknown specification `kvm` (expected xen or virtio)'
        'colo-port=x,/i,,x'                     || 'disk `colo-port=x,/i,,x`: colo-port `x` is not a non-zero number'
        'vdev=xvda,vdev=xvdb,target=/img'       || 'disk `vdev=xvda,vdev=xvdb,target=/img`: vdev given twice: `xvda` and then `xvdb`'
        'format=raw,format=qcow2,vdev=x,target=/i' || 'disk `format=raw,format=qcow2,vdev=x,target=/i`: format given twice: `raw` and then `qcow2`'
        'backendtype=phy,backendtype=tap,/i,,x' || 'disk `backendtype=phy,backendtype=tap,/i,,x`: backendtype given twice: `phy` and then `tap`'
        'iscsi:nbd:x,xvda'                      || 'disk `iscsi:nbd:x,xvda`: script given twice: `block-iscsi` and then `block-nbd`'
        ',hdc:floppy,r'                         || 'disk `,hdc:floppy,r`: unknown device type `floppy` in `hdc:floppy` (expected cdrom or disk after the colon)'
        'foo=bar,vdev=xvda,target=/img'         || 'disk `foo=bar,vdev=xvda,target=/img`: unknown parameter `foo`'
        'zzz:/img,xvda,w'                       || 'disk `zzz:/img,xvda,w`: unknown prefix `zzz:` (use target=... for a target that contains a colon)'
        '/img,qcow2,xvda,r,extra'               || 'disk `/img,qcow2,xvda,r,extra`: one positional parameter too many at `extra` (there are four: target, format, vdev, access)'
        'grant_usage=1,/img,raw,xvda'           || 'disk `grant_usage=1,/img,raw,xvda`: cannot read `=1,/img,raw,xvda` (a parameter name is lower-case letters, digits and -, then =)'
        '/img,raw'                              || 'disk `/img,raw`: no vdev (give vdev=... or a third positional parameter)'
        'target=/a,vdev=xvda'                   || 'disk `target=/a,vdev=xvda`: no vdev (target= takes the rest of the spec, here `/a,vdev=xvda`)'
        'vdev=xvda'                             || 'disk `vdev=xvda`: no target (only a cdrom may be left without one)'
        '=\nx'                                  || 'disk `=\nx`: an = right before a line break stops xl\'s scanner'
    }

    def "several errors are explained in one line, in xl's order"() {
        when:
        DiskSpecParser.parse('format=bogus,access=bad,/i,,x')

        then:
        def e = thrown(DiskSpecException)
        e.message == 'disk `format=bogus,access=bad,/i,,x`: unknown format `bogus` (expected raw, qcow, qcow2, vhd, qed or empty); ' +
                'unknown access `bad` (expected r, ro, w or rw)'
    }

    def "block-attach words are shown together, separated by blanks"() {
        when:
        DiskSpecParser.parse(['vdev=xvda', 'format=bogus'])

        then:
        def e = thrown(DiskSpecException)
        e.message == 'disk `vdev=xvda format=bogus`: unknown format `bogus` (expected raw, qcow, qcow2, vhd, qed or empty)'
    }
}
