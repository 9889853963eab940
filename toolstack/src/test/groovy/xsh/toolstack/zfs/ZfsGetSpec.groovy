package xsh.toolstack.zfs

import java.time.ZoneOffset
import spock.lang.Specification

class ZfsGetSpec extends Specification {

    def storage = new InMemoryStorage('tank')

    def setup() {
        storage.set('tank', 'mountpoint', '/tmp/zft/mnt')
        storage.createFilesystem('tank/vm', [compression: 'on'], false)
        storage.createFilesystem('tank/vm/a', [:], false)
        storage.snapshot(['tank/vm@t1'], false)
        storage.clone('tank/vm@t1', 'tank/vmclone', [:], false)
        storage.createVolume('tank/vol', 64L << 20, [:], false, false)
    }

    ZfsOutcome get(String... args) {
        ((ZfsGet) Zfs.parse(['get'] + args.toList())).run(storage, new PropertyText(ZoneOffset.UTC))
    }

    def "the default fields, with zfs's widths: the VALUE column as wide as the widest value or property header"() {
        when:
        def table = get('origin', 'tank/vmclone').table().get()

        then:
        table.columns()*.header() == ['NAME', 'PROPERTY', 'VALUE', 'SOURCE']
        table.columns()*.width() == ['tank/vmclone'.length(), 'PROPERTY'.length(), 'tank/vm@t1'.length(),
                                     'tank/vmclone'.length() + 'inherited from'.length()]
        table.rows() == [['tank/vmclone', 'origin', 'tank/vm@t1', '-']]
    }

    def "compression on a filesystem and volsize, which a filesystem has not: VALUE as wide as COMPRESS"() {
        when:
        def table = get('compression,volsize', 'tank/vm').table().get()

        then:
        table.rows() == [['tank/vm', 'compression', 'on', 'local'], ['tank/vm', 'volsize', '-', '-']]
        table.columns()*.width().take(3) == [7, 'compression'.length(), 'COMPRESS'.length()]
    }

    def "where a value comes from: #property of #dataset is #source"() {
        expect:
        get('-H', '-o', 'value,source', property, dataset).table().get().rows() == [[value, source]]

        where:
        property      | dataset        | value                    | source
        'mountpoint'  | 'tank'         | '/tmp/zft/mnt'           | 'local'
        'mountpoint'  | 'tank/vmclone' | '/tmp/zft/mnt/vmclone'   | 'inherited from tank'
        'mountpoint'  | 'tank/vm/a'    | '/tmp/zft/mnt/vm/a'      | 'inherited from tank'
        'compression' | 'tank'         | 'off'                    | 'default'
        'compression' | 'tank/vm'      | 'on'                     | 'local'
        'compression' | 'tank/vm/a'    | 'on'                     | 'inherited from tank/vm'
        'compression' | 'tank/vmclone' | 'off'                    | 'default'
        'used'        | 'tank/vm'      | '96K'                    | '-'
        'quota'       | 'tank/vm'      | 'none'                   | 'default'
        'volsize'     | 'tank/vol'     | '64M'                    | 'local'
        'origin'      | 'tank/vm'      | '-'                      | '-'
    }

    def "-p prints parsable values, -H separates fields by tabs with no header"() {
        when:
        def table = get('-H', '-p', 'used,referenced,origin,mountpoint', 'tank/vmclone').table().get()

        then:
        table.scripted()
        table.rows() == [
            ['tank/vmclone', 'used', '49152', '-'],
            ['tank/vmclone', 'referenced', '49152', '-'],
            ['tank/vmclone', 'origin', 'tank/vm@t1', '-'],
            ['tank/vmclone', 'mountpoint', '/tmp/zft/mnt/vmclone', 'inherited from tank'],
        ]
    }

    def "-s keeps the rows of those sources"() {
        expect:
        get('-H', '-s', 'local', '-o', 'name,property', 'all', 'tank/vm').table().get().rows() == [['tank/vm', 'compression']]
    }

    def "-r descends, snapshots included; 'all' shows each property the dataset has"() {
        expect:
        get('-r', '-H', '-o', 'name', 'type', 'tank/vm').table().get().rows()*.get(0) ==
                ['tank/vm', 'tank/vm@t1', 'tank/vm/a']
        get('-H', '-o', 'property', 'all', 'tank/vol').table().get().rows()*.get(0).containsAll(['volsize', 'volblocksize'])
    }

    def "a missing dataset is zfs's line first, the others' rows, exit code 1"() {
        when:
        def outcome = get('compression', 'tank/vm', 'tank/nosuch')

        then:
        outcome.errors() == ["cannot open 'tank/nosuch': dataset does not exist"]
        outcome.table().get().rows().size() == 1
        outcome.exitCode() == 1
    }
}
