package xsh.shell.checkpoint

import groovy.json.JsonSlurper
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.SimShellHarness

/** checkpoint create, list, show, verify and delete as a user types them. */
class CheckpointCommandSpec extends Specification {

    @TempDir
    Path home

    SimShellHarness shell

    def setup() {
        shell = new SimShellHarness(home)
        shell.host.storage().createVolume('zroot/web', 64L << 20, [:], false, false)
        shell.guest('web', "disk = ['phy:/dev/zvol/zroot/web,xvda,w']", 16)
    }

    def cleanup() {
        shell?.close()
    }

    long create(String... more) {
        def run = shell.run(*(['checkpoint', 'create', 'web'] + (more as List)))
        assert run.code == 0: run.err
        (run.out =~ /checkpoint web@(\d+):/)[0][1] as long
    }

    def "create says what it made in one line; the image lands in XSH_HOME/checkpoints/HOST"() {
        when:
        def run = shell.run('checkpoint', 'create', 'web')

        then:
        run.code == 0
        run.err == ''
        run.outLines.size() == 1
        def id = (run.out =~ /^checkpoint web@(\d+): [\d.]+ [KMG]?i?B image, zroot\/web@\1, paused \d+ ms$/)[0][1]
        Files.isRegularFile(home.resolve("checkpoints/default/web-${id}.save"))
        Files.isRegularFile(home.resolve("checkpoints/default/web-${id}.cfg"))
        Files.isRegularFile(home.resolve('checkpoints/default.db'))
    }

    def "create --dir puts the files there"() {
        given:
        def dir = home.resolve('elsewhere')

        when:
        def id = create('--dir', dir.toString())

        then:
        Files.isRegularFile(dir.resolve("web-${id}.save"))
    }

    def "create refused: one line, exit 1"() {
        given:
        shell.guest('nodisk')

        when:
        def run = shell.run('checkpoint', 'create', 'nodisk')

        then:
        run.code == 1
        run.out == ''
        run.errLines == ['xsh: cannot checkpoint nodisk: none of its disks is on ZFS; name the dataset to snapshot with --dataset']
    }

    def "list: aligned columns, plain when piped; --json with the catalog's fields"() {
        given:
        def first = create()
        def second = create()

        when:
        def table = shell.run('checkpoint', 'list')
        def json = shell.run('checkpoint', 'list', '--json')
        def global = shell.run('--json', 'checkpoint', 'list', 'web')

        then:
        table.code == 0
        table.outLines.size() == 3
        table.outLines[0] ==~ /ID +Domain +Taken +Image +Snapshot +Config +Pause +State/
        table.outLines[1] ==~ /$first +web +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +[\d.]+ \w+ +zroot\/web@$first +web-$first\.cfg +\d+ ms +ok/
        table.outLines[2].startsWith("$second ")
        !table.out.contains('\u001b')
        table.outLines[1].indexOf(' web ') + 1 == table.outLines[0].indexOf('Domain')
        table.outLines[1].indexOf('zroot/') == table.outLines[0].indexOf('Snapshot')
        def rows = new JsonSlurper().parseText(json.out)
        rows*.id == [first, second]
        rows[0].image == home.resolve("checkpoints/default/web-${first}.save").toString()
        rows[0].snapshot == "zroot/web@$first".toString()
        rows[0].bytes == Files.size(home.resolve("checkpoints/default/web-${first}.save"))
        rows[0].pause_ms >= 0
        rows[0].state == 'ok'
        global.out == json.out
    }

    def "list of no checkpoints: the headings alone; of an unknown domain: the same"() {
        expect:
        shell.run('checkpoint', 'list').outLines.size() == 1
        shell.run('checkpoint', 'list', 'nosuch').outLines.size() == 1
        shell.run('checkpoint', 'list', '--json').out == '[]\n'
    }

    def "show: every field of one checkpoint, by id, @id or DOMAIN@id"() {
        given:
        def id = create()

        expect:
        [id.toString(), "@$id", "web@$id"].every { ref ->
            def run = shell.run('checkpoint', 'show', ref)
            run.code == 0 && run.outLines[0] == "checkpoint web@$id" && run.out.contains("  state:     ok\n")
        }
        shell.run('checkpoint', 'show', '--json', id.toString()).out.contains("\"sha256\": ")
    }

    def "show, delete of an unknown checkpoint: one line, exit 1"() {
        expect:
        with(shell.run('checkpoint', command, '42')) {
            code == 1
            errLines == ['xsh: no checkpoint 42 on this host']
        }

        where:
        command << ['show', 'delete']
    }

    def "verify: ok per checkpoint, exit 0; a damaged image or a missing snapshot, exit 1"() {
        given:
        def good = create()
        def bad = create()

        when:
        def ok = shell.run('checkpoint', 'verify')

        then:
        ok.code == 0
        ok.outLines == ["web@$good: ok", "web@$bad: ok"]*.toString()

        when:
        def image = home.resolve("checkpoints/default/web-${bad}.save")
        byte[] bytes = Files.readAllBytes(image)
        bytes[100] ^= 1
        Files.write(image, bytes)
        shell.host.storage().destroy("zroot/web@$bad".toString(), false)
        def failed = shell.run('checkpoint', 'verify', 'web')

        then:
        failed.code == 1
        failed.outLines == ["web@$good: ok", "web@$bad: image checksum mismatch, snapshot zroot/web@$bad missing"]*.toString()
        shell.run('checkpoint', 'list').outLines[2].endsWith("snapshot zroot/web@$bad missing")
    }

    def "delete: the checkpoint's files, snapshot and entry go"() {
        given:
        def id = create()

        when:
        def run = shell.run('checkpoint', 'delete', "web@$id")

        then:
        run.code == 0
        run.outLines == ["deleted checkpoint web@$id".toString()]
        shell.run('checkpoint', 'list').outLines.size() == 1
        !Files.exists(home.resolve("checkpoints/default/web-${id}.save"))
        !shell.host.storage().dataset("zroot/web@$id".toString()).isPresent()
    }
}
