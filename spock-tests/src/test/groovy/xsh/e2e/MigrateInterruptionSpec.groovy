package xsh.e2e

import java.nio.file.Path
import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.GuestFiles
import xsh.e2e.support.RunResult
import xsh.e2e.support.XshProcess

/**
 * A migration between two embedded hosts broken from outside: the receiver killed with
 * kill -9 at random moments, and the sender's Ctrl-C. Whatever the moment, exactly one copy of
 * the domain runs afterwards, under its own name, and no half-received copy is left once a
 * command has opened the target.
 */
class MigrateInterruptionSpec extends Specification {

    static final int ROUNDS = 8
    static final String RUNNING = /[r-][b-]----/

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        new GuestFiles(xsh.workDir).config('web', 256)
        def made = xsh.run('-c', 'host create h2; create -q web.cfg')
        assert made.exitCode == 0: made
    }

    /** Every domain but Domain-0 on {@code host}: name to its state, after a command opened the host. */
    Map<String, String> domUs(String host) {
        RunResult list = xsh.run('--host', host, 'list')
        assert list.exitCode == 0: list
        list.stdoutLines.drop(2).collectEntries { line ->
            def columns = line.split(/\s+/)
            [(columns[0]): columns[4]]
        }
    }

    /** The receiver among the descendants of the sender: the process whose command line runs migrate-receive. */
    static Optional<ProcessHandle> receiver(Process sender) {
        sender.descendants().filter { p -> p.info().commandLine().map { it.contains('migrate-receive') }.orElse(false) }
                .findFirst()
    }

    def "the receiver killed with kill -9 at random moments, #ROUNDS times: one running copy, under its name"() {
        given:
        long seed = System.nanoTime()
        def random = new Random(seed)
        def out = tmp.resolve('migrate.out').toFile()
        def err = tmp.resolve('migrate.err').toFile()
        String from = 'default'
        int killed = 0
        int migrated = 0

        expect:
        (1..ROUNDS).every { round ->
            String to = from == 'default' ? 'h2' : 'default'
            def sender = xsh.start(['--host', from, 'migrate', 'web', "local:$to".toString()], out, err)
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300 + random.nextInt(3000))
            Optional<ProcessHandle> found = Optional.empty()
            while (System.nanoTime() < deadline && sender.alive) {
                found = receiver(sender)
                Thread.sleep(20)
            }
            found = receiver(sender)
            if (found.isPresent() && found.get().destroyForcibly()) {
                killed++
            }
            assert sender.waitFor(120, TimeUnit.SECONDS)
            String context = "round $round (seed $seed), exit ${sender.exitValue()}:\n${err.text}"
            def here = domUs(from)
            def there = domUs(to)
            assert ((here.keySet() as List) + (there.keySet() as List)).findAll { it.startsWith('web') } == ['web']: "$context\n$here\n$there"
            def copy = here.web ?: there.web
            assert copy ==~ RUNNING: context
            assert (sender.exitValue() == 0) == there.containsKey('web'): context
            if (there.containsKey('web')) {
                migrated++
                from = to
            }
            true
        }
        println "receiver kill -9 rounds: $ROUNDS, receivers killed: $killed, migrated anyway: $migrated (seed $seed)"
    }

    def "Ctrl-C (SIGINT) to the sender mid-migration: the link is cut, the domain runs on here under its name, exit 130"() {
        given:
        def out = tmp.resolve('migrate.out').toFile()
        def err = tmp.resolve('migrate.err').toFile()
        xsh.run('-c', 'destroy web')
        new GuestFiles(xsh.workDir).config('web', 512)
        assert xsh.run('create', '-q', 'web.cfg').exitCode == 0

        when: 'SIGINT once the stream flows, as the terminal sends it to the sender'
        def sender = xsh.start(['migrate', 'web', 'local:h2'], out, err)
        while (sender.alive && !err.text.contains('Saving to migration stream')) {
            Thread.sleep(20)
        }
        assert ['kill', '-INT', sender.pid().toString()].execute().waitFor() == 0
        assert sender.waitFor(120, TimeUnit.SECONDS)

        then: 'the exit code of an interrupted command; the lines say it was interrupted and what was undone'
        sender.exitValue() == 130
        out.text == ''
        err.readLines().contains('migration sender: interrupted')
        err.readLines().last() == 'Migration failed, resuming at sender.'
        domUs('default').web ==~ RUNNING
        domUs('h2').isEmpty()
    }
}
