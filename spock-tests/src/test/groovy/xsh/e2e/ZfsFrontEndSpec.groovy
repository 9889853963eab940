package xsh.e2e

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess
import xsh.shell.backend.Backends

/**
 * {@code bin/xsh zfs ARGS...} as a sh script calls zfs, against the embedded host: zfs's output,
 * messages and exit codes, a send stream through a pipe's file and back. The command line is
 * checked before any host is opened, so usage errors need no storage; the rest needs the
 * embedded host's storage.
 */
class ZfsFrontEndSpec extends Specification {

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
    }

    /** Whether the embedded host has storage yet: its storage() does not refuse. */
    static boolean embeddedStorage() {
        Path home = Files.createTempDirectory('xsh-zfs-probe')
        try {
            def host = Backends.embedded(home).open('default')
            try {
                host.storage().pools()
                return true
            } finally {
                host.close()
            }
        } catch (Exception e) {
            return false
        } finally {
            home.toFile().deleteDir()
        }
    }

    RunResult zfs(String... args) {
        xsh.run(['zfs'] + args.toList())
    }

    /** Runs bin/xsh zfs with stdin and stdout as files, as {@code zfs send > f} and {@code zfs recv < f}. */
    int zfsWithFiles(List<String> args, File stdin, File stdout, File stderr) {
        def builder = new ProcessBuilder(xsh.launcher + ['zfs'] + args)
                .directory(xsh.workDir)
                .redirectInput(stdin ?: new File('/dev/null'))
                .redirectOutput(stdout)
                .redirectError(stderr)
        builder.environment().put('XSH_HOME', xsh.xshHome.path)
        Process process = builder.start()
        assert process.waitFor(xsh.timeoutSeconds, TimeUnit.SECONDS)
        process.exitValue()
    }

    static String usage(String resource) {
        ZfsFrontEndSpec.getResource("/xsh/e2e/zfs/$resource").getText('UTF-8')
    }

    def "zfs alone prints zfs's whole usage on stderr and exits 2"() {
        when:
        def r = zfs()

        then:
        r.exitCode == 2
        r.stdout == ''
        r.stderr == usage('zfs-alone.stderr')
    }

    def "usage errors are zfs's: #args"() {
        when:
        def r = zfs(args as String[])

        then:
        r.exitCode == 2
        r.stdout == ''
        r.stderr == usage(resource)

        where:
        args                  | resource
        ['bogus']             | 'zfs-bogus.stderr'
        ['list', '-x']        | 'zfs-list-x.stderr'
        ['list', '-o', 'bogus'] | 'zfs-list-o-bogus.stderr'
        ['send', 'tank/vm']   | 'zfs-send-tank-vm.stderr'
    }

    @Requires(value = { ZfsFrontEndSpec.embeddedStorage() },
            reason = 'the embedded host has no storage yet: its storage() refuses')
    def "datasets made, listed, snapshotted, cloned, renamed and destroyed as with zfs"() {
        expect:
        zfs('create', 'tank/e2e').exitCode == 0
        zfs('create', '-p', 'tank/e2e/a/b').exitCode == 0
        zfs('create', '-V', '64M', 'tank/e2e/vol').exitCode == 0
        zfs('list', '-H', '-o', 'name', '-r', 'tank/e2e').stdout ==
                'tank/e2e\ntank/e2e/a\ntank/e2e/a/b\ntank/e2e/vol\n'
        zfs('get', '-Hp', '-o', 'value', 'volsize', 'tank/e2e/vol').stdout == '67108864\n'
        zfs('list', '-o', 'name,type', 'tank/e2e/vol').stdout ==
                'NAME          TYPE\ntank/e2e/vol  volume\n'
        zfs('list', 'tank/e2e').stdoutLines[0] ==~ /NAME +USED  AVAIL  REFER  MOUNTPOINT/

        zfs('snapshot', 'tank/e2e@t1').exitCode == 0
        zfs('snapshot', '-r', 'tank/e2e@r1').exitCode == 0
        zfs('list', '-H', '-o', 'name', '-t', 'snapshot', 'tank/e2e').stdout == 'tank/e2e@t1\ntank/e2e@r1\n'
        zfs('clone', 'tank/e2e@t1', 'tank/e2eclone').exitCode == 0
        zfs('get', '-H', '-o', 'value', 'origin', 'tank/e2eclone').stdout == 'tank/e2e@t1\n'
        zfs('rename', 'tank/e2e/a/b', 'tank/e2e/a/c').exitCode == 0
        zfs('rollback', '-r', 'tank/e2e@t1').exitCode == 0
        zfs('list', '-H', '-o', 'name', '-t', 'snapshot', 'tank/e2e').stdout == 'tank/e2e@t1\n'
        zfs('destroy', '-R', 'tank/e2e').exitCode == 0
        zfs('list', '-H', '-o', 'name', 'tank/e2eclone').exitCode == 1
    }

    @Requires(value = { ZfsFrontEndSpec.embeddedStorage() },
            reason = 'the embedded host has no storage yet: its storage() refuses')
    def "failures are zfs's lines and exit code 1: #args"() {
        given:
        zfs('create', 'tank/vm')

        when:
        def r = zfs(args as String[])

        then:
        r.exitCode == 1
        r.stdout == ''
        r.stderr == message + '\n'

        where:
        args                               | message
        ['list', 'tank/nosuch']            | "cannot open 'tank/nosuch': dataset does not exist"
        ['create', 'tank/vm']              | "cannot create 'tank/vm': dataset already exists"
        ['create', 'tank/x/y']             | "cannot create 'tank/x/y': parent does not exist"
        ['create', 'nosuch/fs']            | "cannot create 'nosuch/fs': no such pool 'nosuch'"
        ['snapshot', 'tank/nosuch@t1']     | "cannot open 'tank/nosuch': dataset does not exist"
        ['set', 'bogus=1', 'tank/vm']      | "cannot set property for 'tank/vm': invalid property 'bogus'"
        ['set', 'used=1', 'tank/vm']       | "cannot set property for 'tank/vm': 'used' is readonly"
        ['destroy', 'tank/nosuch']         | "cannot open 'tank/nosuch': dataset does not exist"
    }

    @Requires(value = { ZfsFrontEndSpec.embeddedStorage() },
            reason = 'the embedded host has no storage yet: its storage() refuses')
    def "zfs send > file, then zfs recv < file makes the copy, incrementally too"() {
        given:
        def full = tmp.resolve('full.stream').toFile()
        def incremental = tmp.resolve('inc.stream').toFile()
        def err = tmp.resolve('err.txt').toFile()
        zfs('create', 'tank/src')
        zfs('snapshot', 'tank/src@t1')
        zfs('snapshot', 'tank/src@t2')

        expect:
        zfsWithFiles(['send', 'tank/src@t1'], null, full, err) == 0
        full.length() > 0
        zfsWithFiles(['send', '-i', '@t1', 'tank/src@t2'], null, incremental, err) == 0
        zfsWithFiles(['recv', 'tank/copy'], full, tmp.resolve('out1').toFile(), err) == 0
        zfsWithFiles(['recv', 'tank/copy'], incremental, tmp.resolve('out2').toFile(), err) == 0
        zfs('list', '-H', '-o', 'name', '-t', 'snapshot', 'tank/copy').stdout == 'tank/copy@t1\ntank/copy@t2\n'
    }

    @Requires(value = { ZfsFrontEndSpec.embeddedStorage() },
            reason = 'the embedded host has no storage yet: its storage() refuses')
    def "what is not a stream is refused as zfs refuses it: #what"() {
        given:
        def input = tmp.resolve('input').toFile()
        input.bytes = bytes
        def err = tmp.resolve('err.txt').toFile()

        when:
        int code = zfsWithFiles(['recv', 'tank/copy'], input, tmp.resolve('out').toFile(), err)

        then:
        code == 1
        err.text == message + '\n'
        zfs('list', 'tank/copy').exitCode == 1

        where:
        what                                  | bytes                                  | message
        'shorter than a record (echo garbage)' | 'garbage\n'.bytes                       | 'cannot receive: failed to read from stream'
        'a record without the magic number'   | ('garbage\n' * 512).bytes               | 'cannot receive: invalid stream (bad magic number)'
    }
}
