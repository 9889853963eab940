package xsh.hv.xen.parse

import spock.lang.Specification
import xsh.cfg.cpupool.Scheduler
import xsh.hv.CpupoolInfo

/** xl cpupool-list and cpupool-list -c together back into the pools. */
class CpupoolTextSpec extends Specification {

    static BitSet bits(List<Integer> cpus) {
        BitSet b = new BitSet()
        cpus.each { b.set(it) }
        b
    }

    def "the embedded host's pools, ids by order"() {
        expect:
        CpupoolText.parse(XlOutputs.text('cpupool-list'), XlOutputs.text('cpupool-list-c')) == [
                new CpupoolInfo(0, 'Pool-0', Scheduler.CREDIT2, bits(0..5), 4),
                new CpupoolInfo(1, 'batch', Scheduler.CREDIT, bits([6, 7]), 1)]
    }

    def "the pools are those the embedded host rendered (xsh --json cpupool-list, recorded with it)"() {
        expect:
        CpupoolText.parse(XlOutputs.text('cpupool-list'), XlOutputs.text('cpupool-list-c')).collect {
            [it.id(), it.name(), it.scheduler().libxlName(), it.cpus().stream().toArray() as List, it.domainCount()]
        } == XlOutputs.json('cpupool-list').collect { [it.id, it.name, it.scheduler, it.cpus, it.domains] }
    }

    def "the reference's 4.17 output"() {
        expect:
        CpupoolText.parse(XlOutputs.text('appendix-a-cpupool-list'), XlOutputs.text('appendix-a-cpupool-list-c')) ==
                [new CpupoolInfo(0, 'Pool-0', Scheduler.CREDIT2, bits(0..3), 2)]
    }

    def "a transcript whose columns are TABs and whose Active column is mangled"() {
        expect:
        CpupoolText.parse(XlOutputs.text('seed-tutorial-cpupool-list-tabs'), "Name\tCPU list\nPool-0\t0,1,2,3,4,5,6,7,8,9,10,11\n") ==
                [new CpupoolInfo(0, 'Pool-0', Scheduler.CREDIT, bits(0..11), 1)]
    }

    def "a pool without pCPUs, and ranges in the CPU list"() {
        given:
        String list = 'Name               CPUs   Sched     Active   Domain count\nPool-0               4   credit2       y          2\nspare                0    credit       y          0\n'
        String withCpus = 'Name               CPU list\nPool-0             0-3\nspare              \n'

        expect:
        CpupoolText.parse(list, withCpus) == [new CpupoolInfo(0, 'Pool-0', Scheduler.CREDIT2, bits(0..3), 2),
                                              new CpupoolInfo(1, 'spare', Scheduler.CREDIT, new BitSet(), 0)]
    }

    def "a name of 19 characters or more runs into its CPU list in -c, as xl prints it"() {
        given:
        String list = 'Name               CPUs   Sched     Active   Domain count\n' +
                'Pool-0               2   credit2       y          1\n' +
                'production-database-pool  2    credit       y          0\n' +
                'production-database  1    credit       y          0\n'
        String withCpus = 'Name               CPU list\nPool-0             0,1\nproduction-database-pool2,3\nproduction-database4\n'

        expect:
        CpupoolText.parse(list, withCpus)*.cpus() == [bits([0, 1]), bits([2, 3]), bits([4])]
    }

    def "malformed output names the line: #why"() {
        when:
        CpupoolText.parse(list, withCpus)

        then:
        IllegalArgumentException e = thrown()
        e.message == message

        where:
        why               | list                                                       | withCpus                                | message
        'no header'       | ''                                                         | 'Name CPU list\n'                       | "line 1: no xl cpupool-list header: ''"
        'swapped'         | 'Name CPU list\n'                                          | 'Name CPUs Sched Active Domain count\n' | "line 1: not an xl cpupool-list header: 'Name CPU list'"
        'bad scheduler'   | 'Name CPUs Sched Active Domain count\nP 4 fair y 2\n'      | 'Name CPU list\nP 0,1,2,3\n'            | "line 2: not a scheduler ('fair'): 'P 4 fair y 2'"
        'unknown in -c'   | 'Name CPUs Sched Active Domain count\nP 4 credit y 2\n'    | 'Name CPU list\nQ 0,1,2,3\n'            | "line 2: no pool of xl cpupool-list: 'Q 0,1,2,3'"
        'missing in -c'   | 'Name CPUs Sched Active Domain count\nP 4 credit y 2\n'    | 'Name CPU list\n'                      | "line 2: pool 'P' is not in xl cpupool-list -c: 'P 4 credit y 2'"
        'too few columns' | 'Name CPUs Sched Active Domain count\nP 4 credit\n'         | 'Name CPU list\nP 0,1,2,3\n'            | "line 2: expected Name CPUs Sched Active Domain count: 'P 4 credit'"
    }
}
