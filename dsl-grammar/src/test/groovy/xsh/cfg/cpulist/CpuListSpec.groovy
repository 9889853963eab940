package xsh.cfg.cpulist

import spock.lang.Specification
import xsh.error.XshException

class CpuListSpec extends Specification {

    static List<Integer> cpus(String list, HostTopology host) {
        CpuList.parse(list).resolve(host).stream().boxed().toList()
    }

    static BitSet bits(Collection<Integer> set) {
        def b = new BitSet()
        set.each { b.set(it) }
        b
    }

    def "on an 8-cpu host #list selects cpus #expected"() {
        expect:
        cpus(list, HostTopology.singleNode(8)) == expected

        where:
        list          || expected
        '0-3,5,^1'    || [0, 2, 3, 5]
        'all,^0'      || [1, 2, 3, 4, 5, 6, 7]
        '2'           || [2]
        '3-3'         || [3]
        '0-7,^2-5'    || [0, 1, 6, 7]
        '1,,3,'       || [1, 3]          // empty items are skipped
        ''            || []
        '^2'          || []              // removing from nothing
        ' 1'          || [1]             // strtoul skips leading blanks
        '+2'          || [2]
        '6-100'       || [6, 7]          // ids beyond the map are dropped
        '100'         || []
        '-2'          || []              // strtoul wraps -2 to 2^64-2: beyond the map
        '5,0-3,^0-1'  || [2, 3, 5]       // left to right
        '^0,0'        || [0]
    }

    def "all fills the byte-rounded map: 8 bits on a 4-cpu host"() {
        expect:
        cpus('all', HostTopology.singleNode(4)) == (0..7).toList()
        cpus('all,^0', HostTopology.singleNode(4)) == (1..7).toList()
        cpus('all', HostTopology.singleNode(9)) == (0..15).toList()
    }

    def "node items select the cpus of NUMA nodes: #list"() {
        given: 'cpus 0-1 on node 0, 2-3 on node 1, 4-5 on node 2, 6-7 on node 3'
        def host = HostTopology.of(0, 0, 1, 1, 2, 2, 3, 3)

        expect:
        cpus(list, host) == expected

        where:
        list                   || expected
        'nodes:0-3,^node:2'    || [0, 1, 2, 3, 6, 7]
        'node:1'               || [2, 3]
        'nodes:1-2'            || [2, 3, 4, 5]
        '0-7,^nodes:1-2'       || [0, 1, 6, 7]
        'node:9'               || []
        'node:all'             || (0..7).toList()
        'node:1,5'             || [2, 3, 5]
    }

    def "a cpu without a node is never picked by node items"() {
        expect:
        cpus('node:0', HostTopology.of(0, -1, 0, 0)) == [0, 2, 3]
    }

    def "like xl 4.17, node items reach only cpus below the node bitmap's size (64 on x86)"() {
        given: '80 cpus: 0-39 on node 0, 40-79 on node 1'
        def host = new HostTopology((0..79).collect { it < 40 ? 0 : 1 }, HostTopology.X86_MAX_NODES)

        expect:
        cpus('node:1', host) == (40..63).toList()
        cpus('40-79', host) == (40..79).toList()
        cpus('all,^node:1', host) == (0..39).toList() + (64..79).toList()
    }

    def "#list is refused with xl's message #xl"() {
        when:
        CpuList.parse(list)

        then:
        def e = thrown(CpuListException)
        e.xlMessage() == xl
        e.exitCode() == 1
        e instanceof XshException
        e.message.contains(list)

        where:
        list                        || xl
        'all^0'                     || 'Invalid pcpu range: all^0.'
        '9x'                        || 'Invalid pcpu range: 9x.'
        '0-3,9x'                    || 'Invalid pcpu range: 9x.'
        '^all'                      || 'Can\'t combine "^" and "all".'
        '^node:all'                 || 'Can\'t combine "^" and "all".'
        '3-1'                       || 'Invalid pcpu range: 3-1.'
        '1-'                        || 'Invalid pcpu range: 1-.'
        '-1'                        || 'Invalid pcpu range: -1.'           // strtoul gives ULONG_MAX
        '1--1'                      || 'Invalid pcpu range: 1--1.'
        'node:abc'                  || 'Invalid pcpu range: abc.'          // named without its prefix
        '^^1'                       || 'Invalid pcpu range: ^1.'
        '^'                         || 'Invalid pcpu range: .'
        '1 '                        || 'Invalid pcpu range: 1 .'
        'nodes:'                    || 'Invalid pcpu range: .'
        'cpu:1'                     || 'Invalid pcpu range: cpu:1.'
        '18446744073709551615'      || 'Invalid pcpu range: 18446744073709551615.'
        '99999999999999999999'      || 'Invalid pcpu range: 99999999999999999999.'
    }

    def "the list is kept as written, item by item"() {
        when:
        def list = CpuList.parse('nodes:0-3,^node:2,,all')

        then:
        list.toString() == 'nodes:0-3,^node:2,,all'
        list.items()*.text() == ['nodes:0-3', '^node:2', 'all']
        list.items()[0] == new CpuListItem('nodes:0-3', false, true, false, 0, 3)
        list.items()[1] == new CpuListItem('^node:2', true, true, false, 2, 2)
        list.items()[2].all()
        list == CpuList.parse('nodes:0-3,^node:2,,all')
    }

    def "print_bitmap shows #set over #nrBits bits as #text"() {
        expect:
        CpuList.format(bits(set), nrBits) == text

        where:
        set                        | nrBits || text
        [0, 1, 2, 3, 5, 7, 8]      | 16     || '0-3,5,7-8'
        [0, 1, 2, 3]               | 4      || 'all'
        [0, 1, 2, 3]               | 8      || '0-3'
        [0, 1, 2, 3, 4, 5, 6, 7]   | 4      || 'all'          // bits past nrBits are not looked at
        []                         | 4      || 'none'
        [5]                        | 4      || 'none'
        []                         | 0      || 'none'
        [0]                        | 1      || 'all'
        [0]                        | 4      || '0'
        [1, 2, 3]                  | 4      || '1-3'
        [0, 2]                     | 4      || '0,2'
        [3]                        | 4      || '3'
        [0, 1, 3]                  | 4      || '0-1,3'
    }

    def "a resolved list prints back in xl's form"() {
        expect:
        CpuList.format(CpuList.parse(list).resolve(HostTopology.singleNode(8)), 8) == text

        where:
        list          || text
        '0-3,5,^1'    || '0,2-3,5'
        'all'         || 'all'
        'all,^0'      || '1-7'
        '^1'          || 'none'
    }
}
