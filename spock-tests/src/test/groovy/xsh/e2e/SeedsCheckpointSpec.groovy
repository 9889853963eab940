package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.Tag
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * The FreeBSD/Xen tutorial's checkpoint loop and its restore procedure (section 6.3), run as
 * the literal sh an admin keeps, with {@code xl} and {@code zfs} on PATH resolving to xsh's
 * front ends on the embedded host.
 */
@Tag('backend-independent')
class SeedsCheckpointSpec extends Specification {

    static final byte[] XL_MAGIC = 'Xen saved domain, xl format\n \0 \r'.getBytes('ISO-8859-1')

    /** The tutorial's loop, three rounds, with a second between them so each time differs. */
    static final String CHECKPOINT_LOOP = '''\
set -ex
for round in 1 2 3; do
    time=$(date +%s)
    xl save -p debian debian-${time}.save
    zfs snapshot zroot/debian@${time}
    xl unpause debian
    sleep 1
done
'''

    @TempDir
    Path tmp

    XshProcess xsh
    Path bin

    def setup() {
        xsh = new XshProcess(tmp)
        bin = tmp.resolve('bin')
        Files.createDirectories(bin)
        def launcher = XshProcess.projectRoot().toPath().resolve('bin/xsh')
        Files.createSymbolicLink(bin.resolve('xl'), launcher)
        Files.createSymbolicLink(bin.resolve('zfs'), launcher)
        xsh.environment.PATH = bin.toString() + File.pathSeparator + System.getenv('PATH')
        new File(xsh.workDir, 'vmlinuz').bytes = new byte[4096]
    }

    /** Runs {@code script} with sh in the working directory, xl and zfs from PATH. */
    RunResult sh(String script) {
        xsh.launcher = ['sh', '-c', script]
        try {
            xsh.run()
        } finally {
            xsh.launcher = [XshProcess.projectRoot().toPath().resolve('bin/xsh').toString()]
        }
    }

    File config(String name, String zvol) {
        def cfg = new File(xsh.workDir, name)
        cfg.text = """\
name = "debian"
type = "pv"
kernel = "${new File(xsh.workDir, 'vmlinuz').absolutePath}"
memory = 64
vcpus = 1
disk = ['phy:/dev/zvol/${zvol},xvda,w']
"""
        cfg
    }

    /** The libxl stream of an image (memory and device state), without xl's header and config or xsh's trailer. */
    static byte[] stream(File image) {
        byte[] bytes = image.bytes
        String text = new String(bytes, 'ISO-8859-1') // one char per byte, so indexes are offsets
        int start = text.indexOf('LibxlFmt')
        int end = text.indexOf('XshSums\n', start)
        assert start > 0 && end > start: "not an image of xsh: $image"
        Arrays.copyOfRange(bytes, start, end)
    }

    def "three rounds of the checkpoint loop, then the domain comes back from the second checkpoint on a clone"() {
        given: 'the tutorial\'s guest on a zvol'
        config('debian.cfg', 'zroot/debian')
        def prepared = sh('zfs create -V 1G zroot/debian && xl create -q debian.cfg')
        assert prepared.exitCode == 0: prepared

        when: 'the loop runs'
        def loop = sh(CHECKPOINT_LOOP)

        then: 'three images with xl\'s magic, three snapshots, the domain running'
        loop.exitCode == 0
        def images = xsh.workDir.listFiles().findAll { it.name ==~ /debian-\d+\.save/ }.sort { it.name }
        images.size() == 3
        images.every { Arrays.copyOf(it.bytes, 32) == XL_MAGIC }
        def times = images.collect { (it.name =~ /debian-(\d+)\.save/)[0][1] }
        def snapshots = sh('zfs list -H -o name -t snapshot')
        snapshots.stdoutLines == times.collect { "zroot/debian@$it" }
        sh('xl list debian').stdoutLines[1] ==~ /debian +\d+ +64 +1     [r-][b-]----  +\d+\.\d/

        when: 'the restore procedure: the domain goes, the snapshot becomes a clone, the config points at it'
        String second = times[1]
        config("debian-${second}.cfg", "zroot/debian-${second}")
        def restore = sh("""\
set -ex
xl destroy debian
zfs clone zroot/debian@${second} zroot/debian-${second}
xl restore -p debian-${second}.cfg debian-${second}.save
xl save -c debian restored.save
""")

        then: 'the domain is back, on the clone, with the second checkpoint\'s memory'
        restore.exitCode == 0
        restore.stderr.contains("Loading new save file debian-${second}.save")
        restore.stderr.contains("Parsing config from debian-${second}.cfg")
        sh('xl list debian').stdoutLines[1] ==~ /debian +\d+ +64 +1     --p---  +\d+\.\d/
        stream(new File(xsh.workDir, 'restored.save')) == stream(new File(xsh.workDir, "debian-${second}.save"))
        sh("zfs get -H -o value origin zroot/debian-${second}").stdout == "zroot/debian@${second}\n"

        when: 'it runs on: its writes land in the clone, and the snapshot keeps the checkpoint'
        def run = sh("""\
set -ex
xl unpause debian
sleep 6
zfs get -Hp -o value written zroot/debian-${second}
zfs get -Hp -o value written zroot/debian@${second}
""")

        then:
        run.exitCode == 0
        (run.stdoutLines[0] as long) > 0
        run.stdoutLines[1] ==~ /\d+/
    }
}
