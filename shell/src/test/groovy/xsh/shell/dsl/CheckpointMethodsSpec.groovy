package xsh.shell.dsl

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.error.XshException
import xsh.toolstack.checkpoint.Checkpoint

class CheckpointMethodsSpec extends Specification {

    @TempDir
    Path home

    DslHarness dsl

    def setup() {
        dsl = new DslHarness(home)
        dsl.run("zfs.create 'zroot/web', volume: new Size(64 * Size.MIB)")
        dsl.guest('web', "disk = ['phy:/dev/zvol/zroot/web,xvda,w']")
    }

    def "checkpoint.create takes the domain's datasets; list, show, verify and delete see it"() {
        when:
        Checkpoint c = dsl.run("checkpoint.create 'web', dir: '$home/images'")

        then:
        c.domain == 'web'
        c.snapshots == ["zroot/web@${c.id}".toString()]
        c.image == home.resolve("images/web-${c.id}.save")
        Files.size(c.image) == c.imageBytes
        dsl.run("domain('web').running")
        dsl.run("checkpoint.list('web')*.id") == [c.id]
        dsl.run("checkpoint.list()*.reference()") == ["web@${c.id}".toString()]
        dsl.run("checkpoint.show(${c.id}).image") == c.image
        dsl.run("checkpoint.show('web@${c.id}').pauseMillis") == c.pauseMillis
        dsl.run("checkpoint.latest('web').id") == c.id
        dsl.run("checkpoint.verify('web')*.state") == ['ok']

        when:
        dsl.run("checkpoint.delete checkpoint.latest('web')")

        then:
        dsl.run("checkpoint.list()") == []
        !Files.exists(c.image)
        !dsl.run("zfs.list(type: 'snapshot')*.name").contains("zroot/web@${c.id}".toString())
    }

    def "verify tells a damaged image"() {
        given:
        Checkpoint c = dsl.run("checkpoint.create 'web'")
        Files.write(c.image, [1, 2, 3] as byte[], java.nio.file.StandardOpenOption.APPEND)

        expect:
        !dsl.run("checkpoint.verify().every { it.ok }")
    }

    def "checkpoint.restore as another name: a running domain on clones of the snapshots"() {
        given:
        Checkpoint c = dsl.run("checkpoint.create 'web'")

        when:
        Domain old = dsl.run("checkpoint.restore 'web@${c.id}', as: 'web-old'")

        then:
        old.name == 'web-old'
        old.running
        dsl.run("zfs.dataset('zroot/web-${c.id}').origin") == "zroot/web@${c.id}".toString()
        dsl.run("domain('web').running")
    }

    def "checkpoint.prune deletes all but what the policy keeps, never the newest"() {
        given:
        3.times { dsl.run("checkpoint.create 'web'") }
        def ids = dsl.run("checkpoint.list('web')*.id")

        when:
        List<Checkpoint> gone = dsl.run("checkpoint.prune 'web', keep: 'last=1'")

        then:
        gone*.id == ids.take(2)
        dsl.run("checkpoint.list()*.id") == [ids.last()]
    }

    def "under --dry-run create and delete print themselves and change nothing"() {
        given:
        Checkpoint c = dsl.run("checkpoint.create 'web'")

        when:
        dsl.run("checkpoint.create 'web', dataset: 'zroot/web'; checkpoint.delete ${c.id}", true)

        then:
        dsl.changes == ['checkpoint create web --dataset zroot/web', "checkpoint delete ${c.id}".toString()]
        dsl.run("checkpoint.list()*.id") == [c.id]
    }

    def "#call is one error naming what is wrong"() {
        when:
        dsl.run(call)

        then:
        def e = thrown(XshException)
        e.message == message
        e.exitCode() == 1

        where:
        call                                        || message
        "checkpoint.create 'web', dri: '/tmp'"      || "checkpoint.create: unknown argument 'dri' (it takes dataset, dir)"
        "checkpoint.delete 99"                      || 'xsh: no checkpoint 99 on this host'
        "checkpoint.prune keep: 'lats=1'"           || prunePolicyError('lats=1')
        "checkpoint.restore 'web'"                  || 'xsh: web: not a checkpoint (an id such as 1552572976, @1552572976 or DOMAIN@1552572976)'
    }

    static String prunePolicyError(String keep) {
        try {
            xsh.toolstack.checkpoint.retention.RetentionPolicy.parse(keep)
            return 'no error'
        } catch (XshException e) {
            return e.message
        }
    }
}
