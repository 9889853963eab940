package xsh.hv.zfs

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.storage.DatasetType
import xsh.hv.storage.StorageException

/**
 * Which zfs command each storage call runs, and how zfs's answers are read, with a stand-in
 * zfs that logs its argument vectors (one call per line, each argument in brackets) and
 * answers as zfs would. What a real zfs then does is {@link ZfsFuseStorageSpec}'s part.
 */
class ZfsCommandStorageSpec extends Specification {

    @TempDir
    Path dir

    ZfsCommandStorage storage

    def setup() {
        Path zfs = dir.resolve('zfs')
        Files.writeString(zfs, """\
            #!/bin/sh
            printf '[%s]' "\$@" >> '$dir/log'; echo >> '$dir/log'
            case "\$1" in
            list) cat '$dir/list.out' ;;
            get)
                if [ -f '$dir/get.err' ]; then cat '$dir/get.err' >&2; exit 1; fi
                if [ -f '$dir/get.out' ]; then cat '$dir/get.out'; exit 0; fi
                shift 3
                for name in "\$@"; do
                    case "\$name" in *@*) type=snapshot ;; *) type=filesystem ;; esac
                    printf '%s\\ttype\\t%s\\t-\\n%s\\tused\\t0\\t-\\n' "\$name" "\$type" "\$name"
                done ;;
            destroy)
                busy=\$(cat '$dir/busy' 2>/dev/null || echo 0)
                if [ "\$busy" -gt 0 ]; then
                    echo \$((busy - 1)) > '$dir/busy'
                    echo "cannot destroy 'tank/fs': dataset is busy" >&2
                    exit 1
                fi ;;
            send) printf 'STREAM' ;;
            receive) cat > '$dir/received' ;;
            esac
            """.stripIndent())
        zfs.toFile().setExecutable(true)
        storage = new ZfsCommandStorage(new ZfsCommand([zfs.toString()], ['zpool-is-not-used'],
                Duration.ofMinutes(1), Duration.ofMinutes(1)))
    }

    List<String> calls() {
        Files.readAllLines(dir.resolve('log'))
    }

    def "each call is one zfs command with its options before its operands"() {
        when:
        call(storage)

        then:
        calls().first() == command

        where:
        command                                                                   | call
        '[create][-p][-o][compression=on][-o][xsh:note=a b][tank/a/fs]'           | { it.createFilesystem('tank/a/fs', [compression: 'on', 'xsh:note': 'a b'], true) }
        '[create][tank/fs]'                                                       | { it.createFilesystem('tank/fs', [:], false) }
        '[create][-p][-s][-V][67108864][-o][volblocksize=8192][tank/vol]'         | { it.createVolume('tank/vol', 64L << 20, [volblocksize: '8192'], true, true) }
        '[create][-V][1048576][tank/vol]'                                         | { it.createVolume('tank/vol', 1L << 20, [:], false, false) }
        '[snapshot][-r][tank/a@s][tank/b@s]'                                      | { it.snapshot(['tank/a@s', 'tank/b@s'], true) }
        '[snapshot][tank/a@s]'                                                    | { it.snapshot(['tank/a@s'], false) }
        '[clone][-p][-o][compression=on][tank/vm@s][tank/x/vm2]'                  | { it.clone('tank/vm@s', 'tank/x/vm2', [compression: 'on'], true) }
        '[rollback][-r][tank/vm@s]'                                               | { it.rollback('tank/vm@s', true) }
        '[rollback][tank/vm@s]'                                                   | { it.rollback('tank/vm@s', false) }
        '[destroy][-r][tank/vm]'                                                  | { it.destroy('tank/vm', true) }
        '[destroy][tank/vm@s]'                                                    | { it.destroy('tank/vm@s', false) }
        '[rename][-p][tank/a][tank/b/c]'                                          | { it.rename('tank/a', 'tank/b/c', true) }
        '[rename][tank/vm@s][tank/vm@t]'                                          | { it.rename('tank/vm@s', '@t', false) }
        '[rename][tank/vm@s][tank/vm@t]'                                          | { it.rename('tank/vm@s', 'tank/vm@t', false) }
        '[set][compression=gzip-9][tank/vm]'                                      | { it.set('tank/vm', 'compression', 'gzip-9') }
        '[send][tank/vm@s]'                                                       | { it.send('tank/vm@s', Optional.empty(), new ByteArrayOutputStream()) }
        '[send][-i][tank/vm@s][tank/vm@t]'                                        | { it.send('tank/vm@t', Optional.of('tank/vm@s'), new ByteArrayOutputStream()) }
        '[receive][-F][tank/copy]'                                                | { it.receive('tank/copy', new ByteArrayInputStream(new byte[0]), true) }
        '[receive][tank/copy@s]'                                                  | { it.receive('tank/copy@s', new ByteArrayInputStream(new byte[0]), false) }
        '[get][-Hp][all][tank/vm]'                                                | { it.dataset('tank/vm') }
    }

    def "a created dataset is read back with zfs get"() {
        when:
        def made = storage.createFilesystem('tank/fs', [:], false)

        then:
        calls() == ['[create][tank/fs]', '[get][-Hp][all][tank/fs]']
        made.name() == 'tank/fs'
        made.type() == DatasetType.FILESYSTEM
        made.properties() == [type: 'filesystem', used: '0']
    }

    def "on a remote Dom0 a file is made there, with truncate, inside a mounted filesystem"() {
        given: 'an ssh that runs the command line with sh, as the remote login shell would'
        Path ssh = dir.resolve('ssh')
        Files.writeString(ssh, """#!/bin/sh
            for arg in "\$@"; do printf '[%s]' "\$arg"; done >> '$dir/ssh-log'; echo >> '$dir/ssh-log'
            for last in "\$@"; do :; done
            exec sh -c "\$last"
            """.stripIndent())
        ssh.toFile().setExecutable(true)
        Path mnt = Files.createDirectories(dir.resolve('mnt'))
        Files.writeString(dir.resolve('list.out'), 'tank\n')
        Files.writeString(dir.resolve('get.out'), "tank\ttype\tfilesystem\t-\ntank\tmounted\tyes\t-\n"
                + "tank\tmountpoint\t$mnt\tdefault\n")
        def remote = new ZfsCommandStorage(new ZfsCommand(xsh.hv.command.ProgramRunner.overSsh([ssh.toString(), 'dom0']),
                [dir.resolve('zfs').toString()], ['zpool'], Duration.ofMinutes(1), Duration.ofMinutes(1)))

        when:
        remote.createFile("$mnt/it's.img", 65536)

        then:
        Files.size(mnt.resolve("it's.img")) == 65536
        Files.readAllLines(dir.resolve('ssh-log')).last() == "[dom0]['truncate' '-s' '65536' '--' '$mnt/it'\\''s.img']".toString()
    }

    def "pools are the root filesystems zfs lists, sorted: zpool is not needed"() {
        given:
        Files.writeString(dir.resolve('list.out'), 'tank\nbackup\nalpha\n')

        expect:
        storage.pools() == ['alpha', 'backup', 'tank']
        calls() == ['[list][-H][-d][0][-o][name][-t][filesystem]']
    }

    def "datasets are zfs list's names in its order, with the properties of one zfs get, in zfs's order"() {
        given:
        Files.writeString(dir.resolve('list.out'), 'tank\ntank@s\ntank/vm\n')
        Files.writeString(dir.resolve('get.out'), [
                'tank/vm\ttype\tfilesystem\t-',
                'tank/vm\tused\t8519680\t-',
                'tank/vm\torigin\ttank@s\t-',
                'tank/vm\tmountpoint\t/tank/vm\tinherited from tank',
                'tank/vm\txsh:note\ttab\tin value\tlocal',
                'tank\ttype\tfilesystem\t-',
                'tank@s\ttype\tsnapshot\t-',
                'tank@s\tused\t0\t-',
        ].join('\n') + '\n')

        when:
        def datasets = storage.datasets()

        then:
        calls() == ['[list][-H][-o][name][-t][all]', '[get][-Hp][all][tank][tank@s][tank/vm]']
        datasets*.name() == ['tank', 'tank@s', 'tank/vm']
        datasets*.type() == [DatasetType.FILESYSTEM, DatasetType.SNAPSHOT, DatasetType.FILESYSTEM]
        datasets[2].properties().keySet() as List == ['type', 'used', 'origin', 'mountpoint', 'xsh:note']
        datasets[2].property('mountpoint').get() == '/tank/vm'
        datasets[2].property('xsh:note').get() == 'tab\tin value'
    }

    def "no datasets is an empty list, without a zfs get"() {
        given:
        Files.writeString(dir.resolve('list.out'), '')

        expect:
        storage.datasets() == []
        calls() == ['[list][-H][-o][name][-t][all]']
    }

    def "a dataset zfs says does not exist is absent"() {
        given:
        Files.writeString(dir.resolve('get.err'), "cannot open 'tank/x': dataset does not exist\n")

        expect:
        storage.dataset('tank/x') == Optional.empty()
    }

    def "a refusal of zfs get other than a missing dataset is passed on"() {
        given:
        Files.writeString(dir.resolve('get.err'), "cannot open 'tank/x': permission denied\n")

        when:
        storage.dataset('tank/x')

        then:
        StorageException e = thrown()
        e.message == "cannot open 'tank/x': permission denied"
    }

    def "a destroy that finds its dataset busy a moment after unmounting it is tried again"() {
        given:
        Files.writeString(dir.resolve('busy'), '2')

        when:
        storage.destroy('tank/fs', false)

        then:
        calls() == ['[destroy][tank/fs]'] * 3
    }

    def "a dataset that stays busy is not destroyed, in zfs's words"() {
        given:
        Files.writeString(dir.resolve('busy'), '100')

        when:
        storage.destroy('tank/fs', false)

        then:
        StorageException e = thrown()
        e.message == "cannot destroy 'tank/fs': dataset is busy"
        calls().size() == 10
    }

    def "send writes zfs's stream to the output; receive gives zfs the input"() {
        given:
        ByteArrayOutputStream out = new ByteArrayOutputStream()

        when:
        storage.send('tank/vm@s', Optional.empty(), out)
        storage.receive('tank/copy', new ByteArrayInputStream('INPUT'.bytes), false)

        then:
        out.toString() == 'STREAM'
        Files.readString(dir.resolve('received')) == 'INPUT'
    }
}
