package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * Checkpoints through bin/xsh: the seeds' loop as one command, the catalog it keeps under
 * XSH_HOME, and a disk that fills up under a checkpoint.
 */
class CheckpointSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        guestOnZvol(xsh, 'debian', 16)
    }

    /** A running PV guest whose disk is the volume zroot/NAME. */
    static void guestOnZvol(XshProcess xsh, String name, int memoryMib) {
        new File(xsh.workDir, 'vmlinuz').bytes = new byte[4096]
        new File(xsh.workDir, "${name}.cfg").text = """\
name = "$name"
type = "pv"
kernel = "${new File(xsh.workDir, 'vmlinuz').absolutePath}"
memory = $memoryMib
vcpus = 1
disk = ['phy:/dev/zvol/zroot/$name,xvda,w']
"""
        def made = xsh.run('-c', "zfs create -V 64M zroot/$name; create -q ${name}.cfg")
        assert made.exitCode == 0: made
    }

    static String state(XshProcess xsh, String name) {
        def list = xsh.run('list', name)
        assert list.exitCode == 0: list
        list.stdoutLines[1].split(/\s+/)[4]
    }

    File checkpointDir() {
        new File(xsh.xshHome, 'checkpoints/default')
    }

    def "create, list, show, verify, delete: the catalog as an admin uses it"() {
        when:
        RunResult first = xsh.run('checkpoint', 'create', 'debian')
        RunResult second = xsh.run('checkpoint', 'create', 'debian')

        then:
        first.exitCode == 0
        first.stderr == ''
        first.stdout ==~ /checkpoint debian@\d+: 16(\.\d)? MiB image, zroot\/debian@\d+, paused \d+ ms\n/
        second.exitCode == 0
        state(xsh, 'debian') ==~ /[r-][b-]----/

        when:
        def rows = new JsonSlurper().parseText(xsh.run('checkpoint', 'list', '--json').stdout)
        def table = xsh.run('checkpoint', 'list', 'debian')

        then:
        rows.size() == 2
        rows.every { it.state == 'ok' && it.pause_ms >= 0 && it.bytes > 16 * 1024 * 1024 }
        rows*.image == rows*.id.collect { new File(checkpointDir(), "debian-${it}.save").path }
        rows*.snapshot == rows*.id.collect { "zroot/debian@$it".toString() }
        table.stdoutLines.size() == 3
        !table.stdout.contains('\u001b')
        xsh.run('zfs', 'list', '-H', '-o', 'name', '-t', 'snapshot').stdoutLines == rows*.snapshot

        when:
        def show = xsh.run('checkpoint', 'show', "debian@${rows[0].id}")
        def verify = xsh.run('checkpoint', 'verify')

        then:
        show.exitCode == 0
        show.stdoutLines[0] == "checkpoint debian@${rows[0].id}"
        verify.exitCode == 0
        verify.stdoutLines == rows*.id.collect { "debian@$it: ok".toString() }

        when:
        def deleted = xsh.run('checkpoint', 'delete', "${rows[0].id}")

        then:
        deleted.exitCode == 0
        deleted.stdout == "deleted checkpoint debian@${rows[0].id}\n"
        !new File(checkpointDir(), "debian-${rows[0].id}.save").exists()
        xsh.run('zfs', 'list', '-H', '-o', 'name', '-t', 'snapshot').stdoutLines == [rows[1].snapshot]
        new JsonSlurper().parseText(xsh.run('checkpoint', 'list', '--json').stdout)*.id == [rows[1].id]
    }

    def "verify finds a damaged image and exits 1"() {
        given:
        assert xsh.run('checkpoint', 'create', 'debian').exitCode == 0
        def image = checkpointDir().listFiles().find { it.name.endsWith('.save') }
        def bytes = image.bytes
        bytes[bytes.length - 1] ^= 1
        image.bytes = bytes

        when:
        def verify = xsh.run('checkpoint', 'verify', 'debian')

        then:
        verify.exitCode == 1
        verify.stdout ==~ /debian@\d+: image checksum mismatch\n/
    }

    def "an existing snapshot of that name: refused in one line, the guest running, nothing kept"() {
        given: 'snapshots for the next seconds already there'
        long now = System.currentTimeMillis().intdiv(1000)
        def names = (now..now + 30).collect { "zroot/debian@$it".toString() }
        assert xsh.run('-c', names.collect { "zfs snapshot $it" }.join('; ')).exitCode == 0

        when:
        def run = xsh.run('checkpoint', 'create', 'debian')

        then:
        run.exitCode == 1
        run.stdout == ''
        run.stderrLines.size() == 1
        run.stderr ==~ /xsh: cannot checkpoint debian: zroot\/debian@\d+ exists already\n/
        state(xsh, 'debian') ==~ /[r-][b-]----/
        xsh.run('checkpoint', 'list', '--json').stdout == '[]\n'
        !checkpointDir().exists() || checkpointDir().list().length == 0
    }

    def "a disk that fills up under the image: one line, exit 1, the guest running, nothing kept"() {
        given: 'a DIR of 1 MiB (tmpfs), too small for a 16 MiB image'
        def dir = tmp.resolve('small').toFile()
        dir.mkdirs()
        def mount = ['mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir.path].execute()
        mount.waitFor()
        if (mount.exitValue() != 0) {
            throw new org.opentest4j.TestAbortedException("cannot mount a small tmpfs (needs root): ${mount.err.text.trim()}")
        }

        when:
        def run = xsh.run('checkpoint', 'create', 'debian', '--dir', dir.path)

        then:
        run.exitCode == 1
        run.stdout == ''
        run.stderrLines.size() == 1
        run.stderr.startsWith('xsh: checkpoint debian@')
        run.stderr.contains('No space left on device')
        run.stderr.endsWith('(debian is as it was; nothing kept)\n')
        state(xsh, 'debian') ==~ /[r-][b-]----/
        dir.list().length == 0
        xsh.run('checkpoint', 'list', '--json').stdout == '[]\n'
        xsh.run('zfs', 'list', '-H', '-o', 'name', '-t', 'snapshot').stdout == ''

        cleanup:
        ['umount', dir.path].execute().waitFor()
    }
}
