package xsh.hv.zfs

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.storage.StorageException

/**
 * The runner under {@link ZfsCommandStorage}, with ordinary programs standing in for zfs:
 * arguments reach the program as they are, output is read whole, failures carry the
 * program's stderr and exit code, and no child outlives a call.
 */
class ZfsCommandSpec extends Specification {

    @TempDir
    Path dir

    static ZfsCommand runner(List<String> program, Duration timeout = Duration.ofMinutes(1)) {
        new ZfsCommand(program, ['zpool-is-not-used'], timeout, timeout)
    }

    def "arguments reach the program one by one, whatever characters they hold"() {
        given:
        ZfsCommand printf = runner(['printf', '%s\\n'])
        List<String> args = ["tank/a b", "x; rm -rf /", '$(reboot)', "it's", 'tab\there', '*']

        expect:
        printf.zfs(args) == args.collect { it + '\n' }.join()
    }

    def "a GString in the arguments is passed as its text"() {
        given:
        String pool = 'tank'
        List<String> args = ["$pool/fs"] as List<String>

        expect:
        runner(['printf', '%s']).zfs(args) == 'tank/fs'
    }

    def "a failure is the program's stderr, every line of it, and its exit code"() {
        given:
        Path fake = script('fake-zfs', '''\
            echo "this is stdout"
            echo "cannot destroy 'tank/vm': filesystem has children" >&2
            echo "use '-r' to destroy the following datasets:" >&2
            echo "tank/vm@t1" >&2
            exit 3
            ''')

        when:
        runner([fake.toString()]).zfs(['destroy', 'tank/vm'])

        then:
        StorageException e = thrown()
        e.exitCode() == 3
        e.message == "cannot destroy 'tank/vm': filesystem has children\n" +
                "use '-r' to destroy the following datasets:\ntank/vm@t1"
    }

    def "a failure without a word on stderr names the command and its exit code"() {
        when:
        runner(['false']).zfs(['list'])

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        e.message == 'false list failed with exit code 1'
    }

    def "a program that is not there is a failure with exit code 127"() {
        when:
        runner([dir.resolve('no-zfs').toString()]).zfs(['list'])

        then:
        StorageException e = thrown()
        e.exitCode() == 127
        e.message.startsWith("cannot run '${dir.resolve('no-zfs')}': ")
    }

    def "a command that outlives its timeout is stopped and fails"() {
        given:
        Path pidFile = dir.resolve('pid')
        Path fake = script('slow-zfs', """\
            echo \$\$ > '$pidFile'
            exec sleep 60
            """)

        when:
        runner([fake.toString()], Duration.ofSeconds(2)).zfs(['list'])

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        e.message.contains('no answer in')
        !ProcessHandle.of(Files.readString(pidFile).trim() as long).map { it.alive }.orElse(false)
    }

    def "a stream is written to the caller's output whole, larger than any pipe"() {
        given:
        ByteArrayOutputStream out = new ByteArrayOutputStream()

        when:
        runner(['head', '-c', '3000000', '/dev/urandom']).zfsTo([], out)

        then:
        out.size() == 3_000_000
    }

    def "a stream is fed to the program's stdin whole, and closed"() {
        given:
        byte[] stream = new byte[2_000_000]
        new Random(1).nextBytes(stream)
        Path received = dir.resolve('received')

        when:
        runner(['tee']).zfsFrom([received.toString()], new ByteArrayInputStream(stream))

        then:
        Files.readAllBytes(received) == stream
    }

    def "a program that refuses a stream without reading it fails with its own words"() {
        given:
        Path fake = script('refusing-zfs', '''\
            echo "cannot receive: invalid stream (bad magic number)" >&2
            exit 1
            ''')
        byte[] stream = new byte[5_000_000]

        when:
        runner([fake.toString()]).zfsFrom(['receive', 'tank/x'], new ByteArrayInputStream(stream))

        then:
        StorageException e = thrown()
        e.exitCode() == 1
        e.message == 'cannot receive: invalid stream (bad magic number)'
    }

    def "an output that no longer takes the stream stops the program"() {
        given:
        OutputStream closed = new OutputStream() {
            @Override
            void write(int b) throws IOException {
                throw new IOException('Broken pipe')
            }

            @Override
            void write(byte[] b, int off, int len) throws IOException {
                throw new IOException('Broken pipe')
            }
        }

        when:
        runner(['cat', '/dev/zero']).zfsTo([], closed)

        then:
        StorageException e = thrown()
        e.message == 'cannot write the output of cat /dev/zero: Broken pipe'
    }

    private Path script(String name, String body) {
        Path file = dir.resolve(name)
        Files.writeString(file, '#!/bin/sh\n' + body.stripIndent())
        file.toFile().setExecutable(true)
        file
    }
}
