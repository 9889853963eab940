package xsh.shell.dsl

import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.storage.StorageException

class ZfsMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
    }

    def "create a volume, snapshot it, clone the snapshot: typed datasets back"() {
        when:
        ZfsDataset vol = dsl.run("zfs.create 'zroot/debian', volume: new Size(64 * Size.MIB)")
        ZfsDataset snap = dsl.run("zfs.snapshot 'zroot/debian@1700000000'")
        ZfsDataset clone = dsl.run("zfs.clone 'zroot/debian@1700000000', 'zroot/debian-1', properties: [compression: 'gzip']")

        then:
        vol.name == 'zroot/debian'
        vol.type == 'volume'
        vol.volsize == new Size(64 * Size.MIB)
        vol.pool == 'zroot'
        snap.snapshot
        snap.type == 'snapshot'
        snap.creation != null
        clone.origin == 'zroot/debian@1700000000'
        clone['compression'] == 'gzip'
        clone.toString().startsWith('zroot/debian-1 (volume')
    }

    def "list without snapshots by default; type and recursive as zfs list's -t and -r"() {
        given:
        dsl.run("zfs.create 'tank/vm'; zfs.create 'tank/vm/a'; zfs.snapshot 'tank/vm@1'; zfs.snapshot 'tank/vm/a@1'")

        expect:
        dsl.run("zfs.list()*.name").containsAll(['tank', 'tank/vm', 'tank/vm/a'])
        !dsl.run("zfs.list()*.name").any { it.contains('@') }
        dsl.run("zfs.list('tank/vm')*.name") == ['tank/vm']
        dsl.run("zfs.list('tank/vm', recursive: true)*.name") == ['tank/vm', 'tank/vm/a']
        dsl.run("zfs.list('tank/vm', recursive: true, type: 'snapshot')*.name") == ['tank/vm@1', 'tank/vm/a@1']
        dsl.run("zfs.list('tank/vm', type: 'snapshot')*.name") == ['tank/vm@1']
        dsl.run("zfs.list('tank/vm', recursive: true, type: 'all')*.name") == ['tank/vm', 'tank/vm@1', 'tank/vm/a', 'tank/vm/a@1']
        dsl.run("zfs.list(type: 'snapshot')*.name") == ['tank/vm@1', 'tank/vm/a@1']
    }

    def "snapshot of several names, recursive, all at one instant"() {
        given:
        dsl.run("zfs.create 'tank/vm'; zfs.create 'tank/vm/a'")

        when:
        List<ZfsDataset> taken = dsl.run("zfs.snapshot(['tank/vm@x', 'tank@x'])")
        dsl.run("zfs.snapshot 'tank/vm@y', recursive: true")

        then:
        taken*.name == ['tank/vm@x', 'tank@x']
        dsl.run("zfs.dataset('tank/vm/a@y')?.name") == 'tank/vm/a@y'
    }

    def "set, get, rename, rollback and destroy"() {
        given:
        dsl.run("zfs.create 'tank/vm'; zfs.snapshot 'tank/vm@1'; zfs.snapshot 'tank/vm@2'")

        when:
        dsl.run("zfs.set 'tank/vm', 'compression', 'gzip'")

        then:
        dsl.run("zfs.get 'tank/vm', 'compression'") == 'gzip'

        when:
        ZfsDataset renamed = dsl.run("zfs.rename 'tank/vm@2', '@two'")

        then:
        renamed.name == 'tank/vm@two'

        when:
        dsl.run("zfs.rollback 'tank/vm@1', destroyLater: true")

        then:
        dsl.run("zfs.dataset 'tank/vm@two'") == null

        when:
        dsl.run("zfs.destroy 'tank/vm', recursive: true")

        then:
        dsl.run("zfs.dataset 'tank/vm'") == null
    }

    def "a type zfs list does not know is an error naming the argument"() {
        when:
        dsl.run("zfs.list(type: 'snapshots')")

        then:
        def e = thrown(xsh.error.XshException)
        e.message == "zfs.list: argument 'type' must be filesystem, volume, snapshot or all, not 'snapshots'"
    }

    def "zfs's refusals are zfs's words and exit code"() {
        when:
        dsl.run(call)

        then:
        def e = thrown(StorageException)
        e.message == message
        e.exitCode() == 1

        where:
        call                                    || message
        "zfs.snapshot 'tank/nosuch@1'"          || "cannot open 'tank/nosuch': dataset does not exist"
        "zfs.get 'tank/nosuch', 'used'"         || "cannot open 'tank/nosuch': dataset does not exist"
        "zfs.destroy 'tank/nosuch'"             || "cannot open 'tank/nosuch': dataset does not exist"
        "zfs.set 'tank/nosuch', 'compression', 'gzip'" || "cannot open 'tank/nosuch': dataset does not exist"
    }

    def "the zfs closure runs its calls against zfs"() {
        when:
        dsl.run("zfs { create 'tank/vm'; snapshot 'tank/vm@1'; clone 'tank/vm@1', 'tank/vm1' }")
        def changes = dsl.changes

        then:
        changes == ['zfs create tank/vm', 'zfs snapshot tank/vm@1', 'zfs clone tank/vm@1 tank/vm1']
        dsl.run("zfs.dataset('tank/vm1').origin") == 'tank/vm@1'
    }

    def "an unknown named argument names zfs's method"() {
        when:
        dsl.run("zfs.snapshot 'tank@1', recursve: true")

        then:
        def e = thrown(xsh.error.XshException)
        e.message == "zfs.snapshot: unknown argument 'recursve' (it takes recursive)"
    }
}
