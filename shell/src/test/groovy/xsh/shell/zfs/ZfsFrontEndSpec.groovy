package xsh.shell.zfs

import spock.lang.Specification
import xsh.toolstack.zfs.InMemoryStorage

class ZfsFrontEndSpec extends Specification {

    def storage = new InMemoryStorage('tank')
    def host = new StorageHost(hostName: 'default', hostStorage: storage)

    static class Result {
        int code
        byte[] stdout
        String stderr

        String getOut() { new String(stdout, 'UTF-8') }
    }

    Result zfs(Map terminals, byte[] stdin, String... args) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def io = new ZfsFrontEnd.StandardIo(new ByteArrayInputStream(stdin), out, err,
                { terminals.stdin ?: false }, { terminals.stdout ?: false })
        int code = ZfsFrontEnd.run(args.toList(), { host }, io)
        new Result(code: code, stdout: out.toByteArray(), stderr: err.toString('UTF-8'))
    }

    Result zfs(String... args) {
        zfs([:], new byte[0], args)
    }

    def "zfs list, and zfs list -H, as zfs prints them"() {
        given:
        storage.createFilesystem('tank/vm', [:], false)

        expect:
        zfs('list').out == 'NAME      USED  AVAIL  REFER  MOUNTPOINT\n' +
                           'tank       96K   200M    48K  /tank\n' +
                           'tank/vm    48K   200M    48K  /tank/vm\n'
        zfs('list', '-Hpo', 'name,used').out == 'tank\t98304\ntank/vm\t49152\n'
    }

    def "send writes the stream to stdout and receive reads it from stdin"() {
        given:
        storage.createFilesystem('tank/vm', [:], false)
        storage.snapshot(['tank/vm@t1'], false)

        when:
        def sent = zfs('send', 'tank/vm@t1')
        def received = zfs([:], sent.stdout, 'recv', 'tank/copy')

        then:
        sent.code == 0
        sent.stdout.length > 0
        sent.stderr == ''
        received.code == 0
        received.stderr == ''
        storage.dataset('tank/copy@t1').present
    }

    def "a stream is neither written to a terminal nor read from one, exit code 1"() {
        given:
        storage.createFilesystem('tank/vm', [:], false)
        storage.snapshot(['tank/vm@t1'], false)

        expect:
        with(zfs([stdout: true], new byte[0], 'send', 'tank/vm@t1')) {
            code == 1
            stdout.length == 0
            stderr == 'Error: Stream can not be written to a terminal.\nYou must redirect standard output.\n'
        }
        with(zfs([stdin: true], new byte[0], 'receive', 'tank/copy')) {
            code == 1
            stderr == 'Error: Backup stream can not be read from a terminal.\nYou must redirect standard input.\n'
        }
    }

    def "zfs's exit codes and stderr: #args"() {
        when:
        def r = zfs(args as String[])

        then:
        r.code == code
        r.out == ''
        r.stderr.readLines().take(2) == lines

        where:
        args                                | code | lines
        ['list', 'tank/nosuch']             | 1    | ["cannot open 'tank/nosuch': dataset does not exist"]
        ['create', 'tank/a/b']              | 1    | ["cannot create 'tank/a/b': parent does not exist"]
        ['recv', 'tank/copy']               | 1    | ['cannot receive: failed to read from stream']
        ['send', 'tank']                    | 2    | ['argument must be a snapshot', 'usage:']
        []                                  | 2    | ['missing command', 'usage: zfs command args ...']
        ['list', '-t']                      | 2    | ["missing argument for 't' option", 'usage:']
    }

    def "zfs -? prints the usage on stdout and succeeds"() {
        when:
        def r = zfs('-?')

        then:
        r.code == 0
        r.out.startsWith('usage: zfs command args ...\n')
        r.stderr == ''
    }

    def "a host without storage is one line and exit code 1"() {
        given:
        host = new xsh.toolstack.fake.FakeHypervisor(hostName: 'default')

        when:
        def r = zfs('list')

        then:
        r.code == 1
        r.stderr == 'this host has no storage\n'
    }
}
