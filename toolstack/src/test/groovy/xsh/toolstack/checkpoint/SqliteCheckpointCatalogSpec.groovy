package xsh.toolstack.checkpoint

import java.nio.file.Files
import java.nio.file.StandardOpenOption
import xsh.error.XshException

/** The catalog: checkpoints listed, found, checked and deleted whole; a file that is not one refused. */
class SqliteCheckpointCatalogSpec extends CheckpointFixture {

    def "list by domain, oldest first; find by id"() {
        given:
        onZvol('web')
        onZvol('db')
        def w1 = take('web')
        def d1 = take('db')
        def w2 = take('web')

        expect:
        catalog.list(Optional.empty()) == [w1, d1, w2]
        catalog.list(Optional.of('web')) == [w1, w2]
        catalog.list(Optional.of('nosuch')).isEmpty()
        catalog.find(d1.id()) == Optional.of(d1)
        catalog.find(1).isEmpty()
    }

    def "another process's catalog sees what this one committed"() {
        given:
        onZvol('web')
        def c = take('web')

        when:
        def other = SqliteCheckpointCatalog.open(catalog.file(), host)

        then:
        other.list(Optional.empty()) == [c]

        cleanup:
        other?.close()
    }

    def "delete removes the image, the config, the snapshots, then the entry"() {
        given:
        onZvol('web')
        def c = take('web')

        when:
        catalog.delete(c.id())

        then:
        nothingLeft()
    }

    def "delete: a snapshot or file already gone is no failure"() {
        given:
        onZvol('web')
        def c = take('web')
        host.storage().destroy(c.snapshots()[0], false)
        Files.delete(c.image())

        when:
        catalog.delete(c.id())

        then:
        nothingLeft()
    }

    def "delete refused by zfs (a clone of the snapshot): the checkpoint stays listed for another delete"() {
        given:
        onZvol('web')
        def c = take('web')
        host.storage().clone(c.snapshots()[0], 'zroot/web-restored', [:], false)

        when:
        catalog.delete(c.id())

        then:
        def e = thrown(XshException)
        e.message.contains(c.snapshots()[0])
        catalog.find(c.id()).isPresent()
    }

    def "delete of an id the catalog does not have"() {
        when:
        catalog.delete(42)

        then:
        def e = thrown(XshException)
        e.message == 'xsh: no checkpoint 42 on this host'
    }

    def "what list sees without reading images, and what verify finds by reading them: #damage"() {
        given:
        onZvol('web')
        def c = take('web')
        switch (damage) {
            case 'image deleted': Files.delete(c.image()); break
            case 'config deleted': Files.delete(c.config()); break
            case 'snapshot destroyed': host.storage().destroy(c.snapshots()[0], false); break
            case 'a byte flipped': flipLastByte(c); break
            case 'a byte added': Files.write(c.image(), [1] as byte[], StandardOpenOption.APPEND); break
        }
        def names = host.storage().names() as Set
        def filled = { List<String> problems ->
            problems.collect { it.replace('SNAP', c.snapshots()[0]).replace('SIZE', "${c.imageBytes() + 1}")
                    .replace('BYTES', "${c.imageBytes()}") }
        }

        expect:
        CheckpointProblems.seen(c, names) == filled(seen)
        CheckpointProblems.verified(c, names) == filled(verified)

        where:
        damage               || seen                           | verified
        'none'               || []                             | []
        'image deleted'      || ['image missing']              | ['image missing']
        'config deleted'     || ['config missing']             | ['config missing']
        'snapshot destroyed' || ['snapshot SNAP missing']      | ['snapshot SNAP missing']
        'a byte flipped'     || []                             | ['image checksum mismatch']
        'a byte added'       || ['image size SIZE, not BYTES'] | ['image size SIZE, not BYTES']
    }

    static void flipLastByte(Checkpoint c) {
        byte[] bytes = Files.readAllBytes(c.image())
        bytes[-1] ^= 1
        Files.write(c.image(), bytes)
    }

    def "a file that is not a checkpoint catalog is refused, naming it"() {
        given:
        def file = home.resolve('not-a-catalog.db')
        Files.writeString(file, content)

        when:
        SqliteCheckpointCatalog.open(file, host)

        then:
        def e = thrown(XshException)
        e.message == "xsh: $file: not an xsh checkpoint catalog (file is not a database)".toString()

        where:
        content << ['hello, this is not SQLite at all, but long enough to have a header of sorts........................']
    }

    def "the host's own state is not taken for a checkpoint catalog"() {
        when:
        SqliteCheckpointCatalog.open(home.resolve('hosts/h1/host.db'), host)

        then:
        def e = thrown(XshException)
        e.message.endsWith('host.db: not an xsh checkpoint catalog')
    }

    def "references: #text"() {
        expect:
        CheckpointReference.parse(text) == new CheckpointReference(Optional.ofNullable(domain), id)

        where:
        text                || domain   | id
        '1552572976'        || null     | 1552572976
        '@1552572976'       || null     | 1552572976
        'debian@1552572976' || 'debian' | 1552572976
    }

    def "not a reference: #text"() {
        when:
        CheckpointReference.parse(text)

        then:
        def e = thrown(XshException)
        e.message == "xsh: $text: not a checkpoint (an id such as 1552572976, @1552572976 or DOMAIN@1552572976)"

        where:
        text << ['', 'debian', 'debian@', '@x1', '12345678901234567890']
    }

    def "a reference with the wrong domain"() {
        given:
        onZvol('web')
        def c = take('web')

        when:
        CheckpointReference.parse("db@${c.id()}").find(catalog)

        then:
        def e = thrown(XshException)
        e.message == "xsh: checkpoint ${c.id()} is of web, not of db".toString()
    }
}
