package xsh.e2e

import groovy.json.JsonSlurper
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.e2e.support.XshProcess

/**
 * xsh killed outright (kill -9: no shutdown hook runs) at random moments of a loop of
 * checkpoints, twenty times. After each kill the next xsh start undoes what the dead one left
 * half done, saying so in one line: the guest runs, no partial file is left, and every
 * checkpoint in the catalog verifies.
 */
class CheckpointCrashSpec extends Specification {

    static final int ROUNDS = 20
    static final String RECOVERED = /xsh: recovered an interrupted checkpoint of web \(\d+\): .+/

    @TempDir
    Path tmp

    XshProcess xsh

    def setup() {
        xsh = new XshProcess(tmp)
        CheckpointSpec.guestOnZvol(xsh, 'web', 16)
    }

    def "killed with kill -9 at random moments of a checkpoint loop, 20 times: the next start recovers, verify passes"() {
        given: 'xsh built and started once, so that each round starts as fast as an admin\'s xsh does'
        def warm = xsh.run('checkpoint', 'create', 'web')
        assert warm.exitCode == 0: warm
        long seed = System.nanoTime()
        def random = new Random(seed)
        def dir = new File(xsh.xshHome, 'checkpoints/default')
        def markers = new File(xsh.xshHome, 'checkpoints/default.inflight')
        int recovered = 0
        def out = tmp.resolve('loop.out').toFile()
        def err = tmp.resolve('loop.err').toFile()

        expect:
        (1..ROUNDS).every { round ->
            def loop = xsh.start(['-c', (['checkpoint create web'] * 3).join('; ')], out, err)
            Thread.sleep(300 + random.nextInt(1200))
            def kill = ['kill', '-9', loop.pid().toString()].execute()
            assert kill.waitFor() == 0 || !loop.alive
            loop.waitFor()
            boolean inFlight = markers.list()?.length > 0

            def next = xsh.run('-c', 'list web; checkpoint verify --json')
            def context = "round $round (seed $seed):\n$next"
            assert next.exitCode == 0: context
            assert next.stderrLines.size() <= 1: context
            assert next.stderrLines.every { it ==~ RECOVERED }: context
            if (next.stderrLines) {
                assert inFlight: context
                recovered++
            }
            assert next.stdoutLines[1].split(/\s+/)[4] ==~ /[r-][b-]----/: context
            def catalog = new JsonSlurper().parseText(next.stdoutLines.drop(2).join('\n'))
            assert catalog.every { it.state == 'ok' }: context
            def kept = catalog.collectMany { [new File(it.image).name, new File(it.config).name] } as Set
            assert (dir.list() as Set) == kept: context
            assert !markers.exists() || markers.list().length == 0: context
            true
        }
        println "kill -9 rounds: $ROUNDS, recovered: $recovered (seed $seed)"
        recovered > 0
    }
}
