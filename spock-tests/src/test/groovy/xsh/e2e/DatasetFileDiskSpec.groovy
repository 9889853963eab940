package xsh.e2e

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/**
 * A guest whose disk is a file inside a dataset of the embedded host (the Handbook's
 * truncate(1) disk image): the file is the host's, the guest's writes land in it, a snapshot
 * keeps it and a clone of that snapshot can be booted.
 */
class DatasetFileDiskSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        new File(xsh.workDir, 'vmlinuz').bytes = new byte[4096]
    }

    File config(String name, String disk) {
        def cfg = new File(xsh.workDir, "${name}.cfg")
        cfg.text = """\
name = "$name"
type = "pv"
kernel = "${new File(xsh.workDir, 'vmlinuz').absolutePath}"
memory = 64
disk = ['$disk,raw,xvda,w']
"""
        cfg
    }

    def "truncate makes the disk in the dataset; the guest writes into it; a clone of its snapshot boots"() {
        given:
        config('web', '/tank/vm/web.img')
        config('copy', '/tank/vm-copy/web.img')

        when:
        def made = xsh.run('-c', 'zfs create tank/vm; truncate -s 64M /tank/vm/web.img; create -q web.cfg')
        sleep(6000)
        def snap = xsh.run('-c', 'zfs snapshot tank/vm@1; zfs clone tank/vm@1 tank/vm-copy; create -q copy.cfg')
        def written = xsh.run('zfs', 'get', '-Hp', '-o', 'value', 'written,referenced', 'tank/vm', 'tank/vm@1')

        then:
        made.exitCode == 0
        made.stderr == ''
        snap.exitCode == 0
        xsh.run('list', 'copy').exitCode == 0
        written.exitCode == 0
        written.stdoutLines.size() == 4
        (written.stdoutLines[1] as long) > 0   // the snapshot references what the guest wrote

        when: 'a path outside every dataset, or a size that is not one'
        def outside = xsh.run('truncate', '-s', '1M', '/nonexistent-xsh/disk.img')
        def badSize = xsh.run('truncate', '-s', 'big', '/tank/vm/other.img')

        then:
        outside.exitCode == 1
        outside.stderr.startsWith("truncate: cannot open '/nonexistent-xsh/disk.img' for writing: ")
        badSize.exitCode == 1
        badSize.stderr.contains("truncate: invalid number: 'big'")
        xsh.run('zfs', 'list', '-H', '-o', 'name', '-r', 'tank').stdoutLines == ['tank', 'tank/vm', 'tank/vm-copy']
    }
}
