package xsh.shell.cfg

import spock.lang.Specification

class DescriptionTextSpec extends Specification {

    def "a typed description reads as aligned lines, one per key and one per listed object"() {
        given:
        def description = [
                name     : 'debian',
                memory   : [target_mib: 512, max_mib: 1024],
                disks    : [[target: '/dev/zvol/zroot/debian', vdev: 'xvda', access: 'rw'],
                            [target: '/root/my iso.iso', vdev: 'hdc', access: 'ro']],
                cpus     : ['2', '3-8,^5'],
                display  : [vnc: [enabled: true, listen: '']],
                cmdline  : 'root=/dev/xvda1 ro',
                boot     : [:],
        ]

        expect:
        DescriptionText.of(description) == '''\
name      debian
memory    target_mib=512  max_mib=1024
disks[0]  target=/dev/zvol/zroot/debian  vdev=xvda  access=rw
disks[1]  target="/root/my iso.iso"  vdev=hdc  access=ro
cpus      [2, 3-8,^5]
display   vnc.enabled=true  vnc.listen=""
cmdline   "root=/dev/xvda1 ro"
'''
    }
}
