package xsh.e2e

import java.nio.ByteBuffer
import java.nio.ByteOrder
import java.nio.file.Path
import java.security.MessageDigest
import java.util.concurrent.TimeUnit
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.Tag
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * save and restore through bin/xsh as a user runs them: xl's lines and exit codes, the
 * domain's state after each, the memory carried over byte for byte, and images that are
 * refused before anything is built.
 */
@Tag('backend-independent')
class SaveRestoreSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh
    GuestFiles guests

    def setup() {
        xsh = new XshProcess(tmp)
        guests = new GuestFiles(xsh.workDir)
    }

    File file(String name) {
        new File(xsh.workDir, name)
    }

    /** The domain's list row: domid and state. */
    Map row(String name) {
        def list = xsh.run('list', name)
        if (list.exitCode != 0) {
            return null
        }
        def m = list.stdoutLines[1] =~ /^\S+ +(\d+) +\d+ +\d+ +([-rbpscd]{6}) +[\d.]+$/
        assert m.matches(): list.toString()
        [domid: m.group(1) as int, state: m.group(2)]
    }

    /** libxl's stream of an image (its memory and device state): from LibxlFmt up to xsh's trailer. */
    static String streamDigest(File image) {
        byte[] bytes = image.bytes
        int start = 52 + ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(48)
        assert new String(bytes, start, 8, 'US-ASCII') == 'LibxlFmt'
        int end = new String(bytes, 'ISO-8859-1').lastIndexOf('XshSums\n')
        def sha = MessageDigest.getInstance('SHA-256')
        sha.update(bytes, start, end - start)
        sha.digest().encodeHex().toString()
    }

    static int optionalDataLength(File image) {
        ByteBuffer.wrap(image.bytes, 0, 48).order(ByteOrder.LITTLE_ENDIAN).getInt(44)
    }

    def "save writes xl's image and line and destroys the domain; restore brings it back under its name, with a new domid"() {
        given:
        guests.config('web', 64)
        xsh.run('create', '-q', 'web.cfg')
        int domid = row('web').domid

        when:
        def saved = xsh.run('save', 'web', 'web.save')

        then:
        saved.exitCode == 0
        saved.stdout == ''
        saved.stderrLines == ["Saving to web.save new xl format (info 0x3/0x0/${optionalDataLength(file('web.save'))})".toString()]
        file('web.save').bytes[0..<32] as byte[] == 'Xen saved domain, xl format\n \0 \r'.getBytes('ISO-8859-1')
        row('web') == null

        when:
        def restored = xsh.run('restore', 'web.save')

        then:
        restored.exitCode == 0
        restored.stdout == ''
        restored.stderrLines == [
                "Loading new save file web.save (new xl fmt info 0x3/0x0/${optionalDataLength(file('web.save'))})".toString(),
                ' Savefile contains xl domain config in JSON format',
                'Parsing config from <saved>']
        row('web').domid != domid
        row('web').state ==~ /[r-][b-]----/
    }

    def "the restored guest's memory is the saved memory, byte for byte"() {
        given:
        guests.config('web', 64)
        xsh.run('create', '-q', 'web.cfg')
        Thread.sleep(1500) // the guest runs and dirties pages

        when: 'saved, restored paused (its memory still), saved again'
        def first = xsh.run('save', 'web', 'first.save')
        def restored = xsh.run('restore', '-p', 'first.save')
        def paused = row('web')
        def second = xsh.run('save', 'web', 'second.save')

        then:
        [first, restored, second]*.exitCode == [0, 0, 0]
        paused.state == '--p---'
        streamDigest(file('second.save')) == streamDigest(file('first.save'))
    }

    def "save -c leaves the domain running, save -p leaves it paused until unpause"() {
        given:
        guests.config('web', 32)
        xsh.run('create', '-q', 'web.cfg')
        int domid = row('web').domid

        when:
        def checkpoint = xsh.run('save', '-c', 'web', 'c.save')

        then:
        checkpoint.exitCode == 0
        row('web').domid == domid
        row('web').state ==~ /[r-][b-]----/

        when:
        def paused = xsh.run('save', '-p', 'web', 'p.save')

        then:
        paused.exitCode == 0
        row('web').state == '--p---'

        when:
        xsh.run('unpause', 'web')

        then:
        row('web').state ==~ /[r-][b-]----/
    }

    def "restore with a CONFIG builds from it: the seeds' procedure onto a cloned disk"() {
        given:
        guests.config('web', 32)
        xsh.run('create', '-q', 'web.cfg')
        xsh.run('save', 'web', 'web.save')
        def clone = guests.config('web', 32, 2, '').text.replace('web.img', 'clone.img')
        file('clone.img').bytes = new byte[65536]
        file('restore.cfg').text = clone

        when:
        def restored = xsh.run('restore', 'restore.cfg', 'web.save')

        then:
        restored.exitCode == 0
        restored.stderrLines[2] == 'Parsing config from restore.cfg'
        row('web') != null
    }

    def "an image that is cut short, corrupt, missing or foreign is refused and builds nothing: #what"() {
        given:
        guests.config('web', 32)
        xsh.run('create', '-q', 'web.cfg')
        xsh.run('save', 'web', 'web.save')
        damage(file('web.save'))

        when:
        def restored = xsh.run('restore', 'web.save')

        then:
        restored.exitCode == 1
        restored.stdout == ''
        restored.stderrLines.last() == message
        !restored.stderr.contains('Exception')
        row('web') == null

        where:
        what        | damage                                                                | message
        'truncated' | { File f -> f.bytes = Arrays.copyOf(f.bytes, f.bytes.length - 100000) } | 'Savefile truncated.'
        'bit flip'  | { File f -> def b = f.bytes; b[b.length - 200000] ^= 1; f.bytes = b }  | "web.save: checksum mismatch in the domain's memory and state: the image is corrupt"
        'missing'   | { File f -> f.delete() }                                              | "Can't open restore file: No such file or directory"
        'foreign'   | { File f -> f.text = 'not an image at all, but long enough to hold a header of 48 bytes' } | 'File has wrong magic number - corrupt or for a different tool?'
    }

    def "Domain-0 cannot be saved; a domid kept with -D is refused while libxl still remembers it"() {
        given:
        guests.config('web', 32)
        xsh.run('create', '-q', 'web.cfg')

        when:
        def dom0 = xsh.run('save', 'Domain-0', 'dom0.save')

        then:
        dom0.exitCode == 1
        dom0.stderrLines == ['unable to retrieve domain configuration']
        !file('dom0.save').exists()

        when:
        xsh.run('save', '-D', 'web', 'web.save')
        def restored = xsh.run('restore', 'web.save')

        then:
        restored.exitCode == 1
        restored.stderrLines.takeRight(2) == ['domain id recently used', 'cannot (re-)build domain: -3']
        row('web') == null
    }

    def "a save into a directory that does not exist: xl's line, the domain still running"() {
        given:
        guests.config('web', 32)
        xsh.run('create', '-q', 'web.cfg')

        when:
        def saved = xsh.run('save', 'web', 'no/such/dir/web.save')

        then:
        saved.exitCode == 1
        saved.stderrLines == ['Failed to open temp file no/such/dir/web.save for writing']
        row('web').state ==~ /[r-][b-]----/
    }

    def "a 256 MiB guest saves and restores in a 48 MiB heap: the image is streamed"() {
        given:
        guests.config('big', 256)
        xsh.run('create', '-q', 'big.cfg')
        xsh.environment.XSH_JAVA_OPTS = '-Xmx48m'

        when:
        def saved = xsh.run('save', 'big', 'big.save')
        def restored = xsh.run('restore', 'big.save')

        then:
        saved.exitCode == 0
        restored.exitCode == 0
        file('big.save').length() > 256L << 20
        row('big') != null
    }

    def "a save stopped by SIGTERM midway leaves no image and the guest running"() {
        given:
        guests.config('big', 768)
        xsh.run('create', '-q', 'big.cfg')
        def out = new File(tmp.toFile(), 'save.out')
        def err = new File(tmp.toFile(), 'save.err')

        when: 'the memory is being written'
        def process = xsh.start(['save', 'big', 'big.save'], out, err)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120)
        while (!err.text.contains('Saving to') && process.alive && System.nanoTime() < deadline) {
            Thread.sleep(20)
        }
        process.destroy()
        process.waitFor(60, TimeUnit.SECONDS)

        then:
        err.text.startsWith('Saving to big.save new xl format')
        !file('big.save').exists()
        xsh.workDir.list().findAll { it.endsWith('.part') } == []
        row('big').state ==~ /[r-][b-]----/
    }

    @Requires({ new File('/usr/bin/script').canExecute() })
    def "on a terminal save and restore draw a progress line; piped they do not"() {
        given:
        guests.config('web', 64)
        xsh.run('create', '-q', 'web.cfg')

        when:
        def saved = onTerminal('save web web.save')
        def restored = onTerminal('restore web.save')

        then:
        saved.contains('\r\033[KSaving memory [############] 100% 64.0/64.0 MiB ')
        saved.contains('Saving to web.save new xl format')
        restored.contains('\r\033[KVerifying image [')
        restored.contains('\r\033[KRestoring memory [############] 100% 64.0/64.0 MiB ')
        restored.contains('Parsing config from <saved>')
        row('web') != null
    }

    /** Runs bin/xsh under script(1), so its stderr is a terminal; returns what the terminal got. */
    String onTerminal(String command) {
        def log = new File(xsh.workDir, 'typescript')
        def builder = new ProcessBuilder('script', '-qec', "${xsh.launcher.join(' ')} $command", log.path)
                .directory(xsh.workDir)
                .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
                .redirectErrorStream(true)
                .redirectOutput(new File(xsh.workDir, 'script.out'))
        builder.environment().put('XSH_HOME', xsh.xshHome.path)
        def process = builder.start()
        assert process.waitFor(300, TimeUnit.SECONDS)
        assert process.exitValue() == 0: log.text
        log.getText('UTF-8')
    }
}
