package xsh.toolstack.zfs

import spock.lang.Specification
import xsh.error.XshException
import xsh.hv.storage.DatasetType
import xsh.hv.storage.StorageException

class ZfsCommandLineSpec extends Specification {

    static String expected(String resource) {
        ZfsCommandLineSpec.getResource(resource).getText('UTF-8')
    }

    static String printed(ZfsUsageException e) {
        e.lines().join('\n') + '\n'
    }

    def "zfs alone: missing command and the whole table, as zfs prints them"() {
        when:
        Zfs.parse([])

        then:
        def e = thrown(ZfsUsageException)
        e.exitCode() == 2
        printed(e) == expected('zfs-alone.stderr')
    }

    def "an unknown command: unrecognized and the whole table"() {
        when:
        Zfs.parse(['bogus'])

        then:
        def e = thrown(ZfsUsageException)
        e.exitCode() == 2
        printed(e) == expected('zfs-bogus.stderr')
    }

    def "a usage error of list shows list's synopsis and the property table"() {
        when:
        Zfs.parse(argv)

        then:
        def e = thrown(ZfsUsageException)
        printed(e) == expected(resource)

        where:
        argv                   | resource
        ['list', '-o', 'bogus'] | 'zfs-list-o-bogus.stderr'
        ['list', '-x']          | 'zfs-list-x.stderr'
        ['send', 'tank/vm']     | 'zfs-send-tank-vm.stderr'
    }

    def "each usage error: #argv gives '#reason' and #command's usage"() {
        when:
        Zfs.parse(argv)

        then:
        def e = thrown(ZfsUsageException)
        e.reason() == reason
        e.command() == command
        e.exitCode() == 2

        where:
        argv                                       | reason                                                  | command
        ['list', '-o']                             | "missing argument for 'o' option"                       | 'list'
        ['list', '-Hx']                            | "invalid option 'x'"                                    | 'list'
        ['list', '-t', 'bogus']                    | "invalid type 'bogus'"                                  | 'list'
        ['list', '-t', 'filesystem,bogus']         | "invalid type 'bogus'"                                  | 'list'
        ['list', '-d', 'x']                        | 'x is not an integer'                                   | 'list'
        ['list', '-d', '-1']                       | 'Depth can not be negative.'                            | 'list'
        ['list', '-s', 'bogus']                    | "invalid property 'bogus'"                              | 'list'
        ['list', '-o', 'name,bogus']               | "bad property list: invalid property 'bogus'"           | 'list'
        ['get']                                    | 'missing property argument'                             | 'get'
        ['get', 'bogus', 'tank/vol']               | "bad property list: invalid property 'bogus'"           | 'get'
        ['get', '-o', 'name,bogus', 'all']         | "invalid column name 'bogus'"                           | 'get'
        ['get', '-o', 'name,all', 'all']           | '"all" conflicts with specific fields given to -o option' | 'get'
        ['get', '-s', 'bogus', 'all']              | "invalid source 'bogus'"                                | 'get'
        ['get', '-d']                              | "missing argument for 'd' option"                       | 'get'
        ['set']                                    | 'missing property=value argument'                       | 'set'
        ['set', 'compression=on']                  | 'missing dataset name'                                  | 'set'
        ['set', 'compression', 'tank']             | 'missing value in property=value argument'              | 'set'
        ['set', 'compression=', 'tank']            | 'missing value in property=value argument'              | 'set'
        ['set', '=on', 'tank']                     | 'missing property in property=value argument'           | 'set'
        ['set', '-r', 'a=b', 'tank']               | "invalid option 'r'"                                    | 'set'
        ['create']                                 | 'missing filesystem argument'                           | 'create'
        ['create', '-V', '1G']                     | 'missing volume argument'                               | 'create'
        ['create', 'a', 'b']                       | 'too many arguments'                                    | 'create'
        ['create', '-V']                           | 'missing size argument'                                 | 'create'
        ['create', '-o']                           | 'missing size argument'                                 | 'create'
        ['create', '-s', 'tank/x']                 | "'-s' and '-b' can only be used when creating a volume" | 'create'
        ['create', '-x', 'tank/x']                 | "invalid option 'x'"                                    | 'create'
        ['destroy']                                | 'missing path argument'                                 | 'destroy'
        ['destroy', 'a', 'b']                      | 'too many arguments'                                    | 'destroy'
        ['destroy', '-n', 'a']                     | "invalid option 'n'"                                    | 'destroy'
        ['snapshot']                               | 'missing snapshot argument'                             | 'snapshot'
        ['snapshot', '-o']                         | "invalid option 'o'"                                    | 'snapshot'
        ['rollback']                               | 'missing dataset argument'                              | 'rollback'
        ['rollback', 'a@1', 'b@1']                 | 'too many arguments'                                    | 'rollback'
        ['clone']                                  | 'missing source dataset argument'                       | 'clone'
        ['clone', 'a@1']                           | 'missing target dataset argument'                       | 'clone'
        ['clone', 'a@1', 'b', 'c']                 | 'too many arguments'                                    | 'clone'
        ['rename', 'a']                            | 'missing target dataset argument'                       | 'rename'
        ['rename', '-pr', 'a@1', 'a@2']            | '-p and -r options are mutually exclusive'              | 'rename'
        ['rename', '-r', 'a', 'b']                 | 'source dataset for recursive rename must be a snapshot' | 'rename'
        ['send']                                   | 'missing snapshot argument'                             | 'send'
        ['send', '-i']                             | "missing argument for 'i' option"                       | 'send'
        ['send', '-i', 'a@1', '-i', 'a@2', 'a@3']  | null                                                    | 'send'
        ['send', '-i', '@a/b', 'tank@3']           | 'invalid incremental source'                            | 'send'
        ['recv']                                   | 'missing snapshot argument'                             | 'receive'
        ['receive', 'a', 'b']                      | 'too many arguments'                                    | 'receive'
        ['receive', '-x', 'a']                     | "invalid option 'x'"                                    | 'receive'
    }

    def "options are read as getopt reads them: #argv"() {
        when:
        def list = (ZfsList) Zfs.parse(argv)

        then:
        list.fields()*.name() == fields
        list.scripted() == scripted
        list.literal() == literal
        list.recursive() == recursive
        list.depth() == depth
        list.names() == names

        where:
        argv                                           | fields                                    | scripted | literal | recursive | depth             | names
        ['list']                                       | ['name', 'used', 'available', 'referenced', 'mountpoint'] | false | false | false | Integer.MAX_VALUE | []
        ['list', '-Hp', '-o', 'name,used']             | ['name', 'used']                          | true     | true    | false     | Integer.MAX_VALUE | []
        ['list', '-oname,avail,refer']                 | ['name', 'available', 'referenced']       | false    | false   | false     | Integer.MAX_VALUE | []
        ['list', '-d1', 'tank']                        | ['name', 'used', 'available', 'referenced', 'mountpoint'] | false | false | true | 1 | ['tank']
        ['list', '-d', '0x2', 'tank']                  | ['name', 'used', 'available', 'referenced', 'mountpoint'] | false | false | true | 2 | ['tank']
        ['list', 'tank', '-r', '-H']                   | ['name', 'used', 'available', 'referenced', 'mountpoint'] | true | false | true | Integer.MAX_VALUE | ['tank']
        ['list', '-o', 'NAME,Compress', '--', '-x']    | ['name', 'compression']                   | false    | false   | false     | Integer.MAX_VALUE | ['-x']
        ['list', '-o', 'name,com.example:tag']         | ['name', 'com.example:tag']               | false    | false   | false     | Integer.MAX_VALUE | []
    }

    def "-t types: #words"() {
        expect:
        ((ZfsList) Zfs.parse(['list', '-t', words])).types() == types as Set

        where:
        words                 | types
        'all'                 | [DatasetType.FILESYSTEM, DatasetType.VOLUME, DatasetType.SNAPSHOT]
        'snapshot'            | [DatasetType.SNAPSHOT]
        'snap,vol'            | [DatasetType.SNAPSHOT, DatasetType.VOLUME]
        'filesystem,fs'       | [DatasetType.FILESYSTEM]
        'bookmark'            | []
    }

    def "'zfs list -t snapshot DATASET' lists the dataset's own snapshots, as OpenZFS does"() {
        when:
        def list = (ZfsList) Zfs.parse(['list', '-t', 'snapshot', 'tank/vm'])

        then:
        list.recursive()
        list.depth() == 1
    }

    def "OpenZFS's -f and -u of rename and -u of create are accepted and change nothing here"() {
        expect:
        Zfs.parse(['rename', '-fu', 'tank/a', 'tank/b']) == new ZfsRename('tank/a', 'tank/b', false, false)
        Zfs.parse(['create', '-u', 'tank/a']) == new ZfsCreate('tank/a', null, [:], false, false)
    }

    def "zfs prop=value dataset is zfs set"() {
        expect:
        Zfs.parse(['compression=on', 'tank/vm']) == new ZfsSet('compression', 'on', ['tank/vm'])
    }

    def "recv is receive"() {
        expect:
        Zfs.parse(['recv', '-F', 'tank/copy']) == new ZfsReceive('tank/copy', true, false)
    }

    def "create reads the volume's size as zfs does: #size"() {
        expect:
        ((ZfsCreate) Zfs.parse(['create', '-V', size, 'tank/vol'])).volumeSize() == bytes

        where:
        size   | bytes
        '64M'  | 64L << 20
        '1.5G' | 3L << 29
        '20G'  | 20L << 30
    }

    def "what zfs refuses without its usage, exit code 1: #argv"() {
        when:
        Zfs.parse(argv)

        then:
        def e = thrown(XshException)
        !(e instanceof ZfsUsageException)
        e.message == message
        e.exitCode() == 1

        where:
        argv                                              | message
        ['create', '-V', 'bogus', 'tank/v']               | "bad volume size 'bogus': bad numeric value 'bogus'"
        ['create', '-V', '1Q', 'tank/v']                  | "bad volume size '1Q': invalid numeric suffix 'Q'"
        ['create', '-V', '1G', '-b', 'x', 'tank/v']       | "bad volume block size 'x': bad numeric value 'x'"
        ['create', '-o', 'compression', 'tank/x']         | "missing '=' for -o option"
        ['create', '-o', 'a:b=1', '-o', 'a:b=2', 'tank/x'] | "property 'a:b' specified multiple times"
        ['clone', '-o', 'x', 'a@b', 'c']                  | "missing '=' for -o option"
        ['send', '-R', 'tank@a']                          | 'xsh: zfs send -R is not supported'
        ['promote', 'tank/x']                             | 'xsh: zfs promote is not supported'
    }
}
