package xsh.toolstack.zfs

import java.time.ZoneOffset
import spock.lang.Specification

class ZfsListSpec extends Specification {

    def storage = new InMemoryStorage('tank')
    def text = new PropertyText(ZoneOffset.UTC)

    def setup() {
        storage.createFilesystem('tank/vm', [:], false)
        storage.createFilesystem('tank/vm/a', [:], false)
        storage.createVolume('tank/vol', 64L << 20, [:], false, false)
        storage.snapshot(['tank/vm@t1'], false)
        storage.snapshot(['tank/vm@t2'], false)
    }

    ZfsOutcome list(String... args) {
        ((ZfsList) Zfs.parse(['list'] + args.toList())).run(storage, text)
    }

    List<List<String>> rows(String... args) {
        list(args).table().get().rows()
    }

    def "by default filesystems and volumes, every pool, in zfs's order, with human sizes"() {
        when:
        def outcome = list()
        def table = outcome.table().get()

        then:
        table.columns()*.header() == ['NAME', 'USED', 'AVAIL', 'REFER', 'MOUNTPOINT']
        table.columns()*.rightAligned() == [false, true, true, true, false]
        table.rows() == [
            ['tank', '152K', '200M', '48K', '/tank'],
            ['tank/vm', '96K', '200M', '48K', '/tank/vm'],
            ['tank/vm/a', '48K', '200M', '48K', '/tank/vm/a'],
            ['tank/vol', '8K', '200M', '8K', '-'],
        ]
        table.columns()*.width() == ['tank/vm/a'.length(), 5, 5, 5, '/tank/vm/a'.length()]
        outcome.errors() == []
        outcome.exitCode() == 0
    }

    def "-t all adds the snapshots after their dataset; -p prints parsable values"() {
        expect:
        rows('-t', 'all', '-p', '-o', 'name,used,refer,avail,type') == [
            ['tank', '155648', '49152', '209559552', 'filesystem'],
            ['tank/vm', '98304', '49152', '209559552', 'filesystem'],
            ['tank/vm@t1', '0', '49152', '-', 'snapshot'],
            ['tank/vm@t2', '0', '49152', '-', 'snapshot'],
            ['tank/vm/a', '49152', '49152', '209559552', 'filesystem'],
            ['tank/vol', '8192', '8192', '209559552', 'volume'],
        ]
    }

    def "which datasets: #args"() {
        expect:
        rows(args as String[])*.get(0) == names

        where:
        args                                | names
        ['tank/vm']                         | ['tank/vm']
        ['-r', 'tank/vm']                   | ['tank/vm', 'tank/vm/a']
        ['-d', '1', 'tank']                 | ['tank', 'tank/vm', 'tank/vol']
        ['-d', '0']                         | ['tank']
        ['-t', 'snapshot']                  | ['tank/vm@t1', 'tank/vm@t2']
        ['-t', 'snapshot', 'tank/vm']       | ['tank/vm@t1', 'tank/vm@t2']
        ['-t', 'snapshot', 'tank']          | []
        ['-t', 'volume']                    | ['tank/vol']
        ['-r', '-t', 'all', 'tank/vm']      | ['tank/vm', 'tank/vm@t1', 'tank/vm@t2', 'tank/vm/a']
        ['tank/vm@t1']                      | ['tank/vm@t1']
        ['tank/vm', 'tank']                 | ['tank', 'tank/vm']
        ['tank', 'tank']                    | ['tank']
        ['-s', 'used']                      | ['tank/vol', 'tank/vm/a', 'tank/vm', 'tank']
        ['-S', 'used']                      | ['tank', 'tank/vm', 'tank/vm/a', 'tank/vol']
        ['-S', 'name']                      | ['tank/vol', 'tank/vm/a', 'tank/vm', 'tank']
        ['-s', 'type', '-S', 'refer']       | ['tank', 'tank/vm', 'tank/vm/a', 'tank/vol']
    }

    def "a dataset that does not exist is zfs's line, the others are still listed, exit code 1"() {
        when:
        def outcome = list('tank/nosuch', 'tank/vm', 'nosuch')

        then:
        outcome.errors() == ["cannot open 'tank/nosuch': dataset does not exist", "cannot open 'nosuch': dataset does not exist"]
        outcome.table().get().rows()*.get(0) == ['tank/vm']
        outcome.exitCode() == 1
    }

    def "a dataset of a type -t does not show is refused by name"() {
        when:
        def outcome = list('-t', 'volume', 'tank/vm')

        then:
        outcome.errors() == ["cannot open 'tank/vm': operation not applicable to datasets of this type"]
        outcome.exitCode() == 1
    }

    def "nothing to list is OpenZFS's notice on stderr, exit code 0; -H prints nothing at all"() {
        expect:
        list('-t', 'snapshot', 'tank/vm/a').errors() == ['no datasets available']
        list('-t', 'snapshot', 'tank/vm/a').exitCode() == 0
        list('-H', '-t', 'snapshot', 'tank/vm/a').errors() == []
    }

    def "values zfs prints for a person: #field"() {
        given:
        storage.set('tank/vm', 'quota', quota)
        storage.set('tank/vm', 'com.example:tag', 'gold')

        expect:
        rows('-o', field, 'tank/vm') == [[shown]]

        where:
        field             | quota          | shown
        'quota'           | '0'            | 'none'
        'quota'           | '10737418240'  | '10G'
        'ratio'           | '0'            | '1.00x'
        'creation'        | '0'            | 'Tue Nov 14 22:13 2023'
        'com.example:tag' | '0'            | 'gold'
        'origin'          | '0'            | '-'
        'volsize'         | '0'            | '-'
    }

    def "a user property's header is its name in capitals, and -o all lists every property"() {
        expect:
        list('-o', 'com.example:tag').table().get().columns()*.header() == ['COM.EXAMPLE:TAG']
        list('-o', 'all').table().get().columns()*.key().take(3) == ['name', 'type', 'creation']
    }

    def "zfs's column widths: a number 5 wide unless -p, an index as its longest word, text as its widest value: #args"() {
        expect:
        list(args as String[]).table().get().columns()*.width() == widths

        where:
        args                                                  | widths
        ['-o', 'name,used']                                   | [9, 5]
        ['-p', '-o', 'name,used']                             | [9, 6]
        ['-o', 'type,compression,copies,checksum,ratio']      | ['filesystem'.length(), 'COMPRESS'.length(), 'COPIES'.length(), 'fletcher2'.length(), 5]
        ['-o', 'origin,creation']                             | ['ORIGIN'.length(), 'Tue Nov 14 22:13 2023'.length()]
        ['-o', 'com.example:tag']                             | ['com.example:tag'.length()]
    }
}
