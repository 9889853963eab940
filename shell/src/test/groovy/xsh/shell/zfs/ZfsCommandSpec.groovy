package xsh.shell.zfs

import spock.lang.Specification
import xsh.shell.ShellHarness
import xsh.toolstack.zfs.InMemoryStorage

class ZfsCommandSpec extends Specification {

    def shell = new ShellHarness()

    def use(storage) {
        shell.hosts.hosts['default'] = new StorageHost(hostName: 'default', hostStorage: storage)
    }

    static String expected(String resource) {
        ZfsCommandSpec.getResource(resource).getText('UTF-8')
    }

    def "'#args' prints what zfs printed, byte for byte"() {
        given:
        use(state == 'A' ? TranscriptStorage.stateA() : TranscriptStorage.stateB())

        when:
        def r = shell.run(*args)

        then:
        r.code == 0
        r.err == ''
        r.out == expected(resource)

        where:
        state | args                                                         | resource
        'A'   | ['zfs', 'list']                                              | 'a-list.stdout'
        'A'   | ['zfs', 'list', '-t', 'all']                                 | 'a-list-t-all.stdout'
        'A'   | ['zfs', 'list', '-t', 'snapshot']                            | 'a-list-t-snapshot.stdout'
        'A'   | ['zfs', 'list', '-H']                                        | 'a-list-H.stdout'
        'A'   | ['zfs', 'list', '-H', '-o', 'name,used,refer,origin', '-t', 'all'] | 'a-list-H-o-t-all.stdout'
        'A'   | ['zfs', 'list', '-r', 'tank/vm']                             | 'a-list-r-vm.stdout'
        'A'   | ['zfs', 'list', '-d', '1', 'tank']                           | 'a-list-d1.stdout'
        'A'   | ['zfs', 'list', '-d1', 'tank']                               | 'a-list-d1.stdout'
        'B'   | ['zfs', 'list', '-t', 'all']                                 | 'b-list-t-all.stdout'
        'B'   | ['zfs', 'list', '-t', 'all', '-o', 'name,used,refer,origin'] | 'b-list-o-t-all.stdout'
    }

    def "zfs get: zfs's columns, and a missing dataset's line before the others' rows"() {
        given:
        use(TranscriptStorage.stateB())

        expect:
        shell.run('zfs', 'get', 'origin', 'tank/vmclone').out ==
                'NAME          PROPERTY  VALUE          SOURCE\n' +
                'tank/vmclone  origin    tank/vm@first  -\n'
        shell.run('zfs', 'get', '-Hp', 'used,referenced,origin,mountpoint', 'tank/vmclone').out ==
                'tank/vmclone\tused\t0\t-\n' +
                'tank/vmclone\treferenced\t8519680\t-\n' +
                'tank/vmclone\torigin\ttank/vm@first\t-\n' +
                'tank/vmclone\tmountpoint\t/tmp/zft/mnt/vmclone\tinherited from tank\n'

        when:
        def r = shell.run('zfs', 'get', 'compression,volsize', 'tank/vm', 'tank/vol')

        then:
        r.code == 1
        r.err == "cannot open 'tank/vol': dataset does not exist\n"
        r.out == 'NAME     PROPERTY     VALUE     SOURCE\n' +
                 'tank/vm  compression  on        local\n' +
                 'tank/vm  volsize      -         -\n'
    }

    def "failures: zfs's lines on stderr and zfs's exit code: #args"() {
        given:
        use(TranscriptStorage.stateA())

        when:
        def r = shell.run(*args)

        then:
        r.code == code
        r.out == ''
        r.errLines.take(2) == lines

        where:
        args                             | code | lines
        ['zfs', 'list', 'nosuch']        | 1    | ["cannot open 'nosuch': dataset does not exist"]
        ['zfs', 'list', '-x']            | 2    | ["invalid option 'x'", 'usage:']
        ['zfs']                          | 2    | ['missing command', 'usage: zfs command args ...']
        ['zfs', 'bogus']                 | 2    | ["unrecognized command 'bogus'", 'usage: zfs command args ...']
        ['zfs', 'promote', 'tank/x']     | 1    | ['xsh: zfs promote is not supported']
    }

    def "a usage error prints zfs's whole usage text"() {
        given:
        use(TranscriptStorage.stateA())

        when:
        def r = shell.run('zfs', 'list', '-o', 'bogus')

        then:
        r.code == 2
        r.err == expected('/xsh/toolstack/zfs/zfs-list-o-bogus.stderr')
    }

    def "--json: the rows as objects keyed by property, global or the command's own"() {
        given:
        use(TranscriptStorage.stateA())

        expect:
        new groovy.json.JsonSlurper().parseText(shell.run(*args).out) == [
            [name: 'tank/vm', used: '10905190', referenced: '8519680'],
        ]

        where:
        args << [['--json', 'zfs', 'list', '-p', '-o', 'name,used,refer', 'tank/vm'],
                 ['zfs', 'list', '--json', '-p', '-o', 'name,used,refer', 'tank/vm']]
    }

    def "changes go through the storage; send and receive use --file"() {
        given:
        def storage = new InMemoryStorage('tank')
        use(storage)
        def stream = File.createTempFile('zfs', '.stream')

        expect:
        shell.run('zfs', 'create', '-p', 'tank/vm/a').code == 0
        shell.run('zfs', 'snapshot', '-r', 'tank/vm@t1').code == 0
        shell.run('zfs', 'send', '--file', stream.path, 'tank/vm@t1').code == 0
        shell.run('zfs', 'recv', '--file', stream.path, 'tank/copy').code == 0
        shell.run('zfs', 'set', 'compression=on', 'tank/vm').code == 0
        shell.run('zfs', 'compression=gzip', 'tank/vm/a').code == 0
        shell.run('zfs', 'list', '-H', '-o', 'name,compress', '-r', 'tank').out ==
                'tank\toff\ntank/copy\toff\ntank/vm\ton\ntank/vm/a\tgzip\n'
        shell.run('zfs', 'list', '-H', '-o', 'name', '-t', 'snapshot').out == 'tank/copy@t1\ntank/vm@t1\ntank/vm/a@t1\n'

        when:
        def r = shell.run('zfs', 'destroy', 'tank/vm')

        then:
        r.code == 1
        r.errLines[0] == "cannot destroy 'tank/vm': filesystem has children"

        cleanup:
        stream.delete()
    }

    def "a host without storage says so"() {
        when:
        def r = shell.run('zfs', 'list')

        then:
        r.code == 1
        r.err.contains('storage')
    }

    def "--debug adds the stack trace under the message"() {
        when:
        def r = shell.run('--debug', 'zfs', 'list')

        then:
        r.code == 1
        r.errLines[0] == 'this host has no storage'
        r.errLines[1].contains('HvException')
    }
}
