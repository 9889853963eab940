package xsh.shell.script

import java.nio.file.Path
import java.time.Duration
import spock.lang.Specification
import spock.lang.TempDir
import xsh.shell.dsl.Size

/** every, waitUntil, sleep, epoch and now on a manual clock: an hour of schedule runs at once. */
class BuiltinsSpec extends Specification {

    @TempDir
    Path dir

    ScriptHarness scripts

    def setup() {
        scripts = new ScriptHarness(dir)
    }

    def cleanup() {
        scripts.close()
    }

    ScriptHarness.Run script(String text) {
        scripts.run(scripts.file('s.xsh', text))
    }

    def "units on numbers: #expression"() {
        expect:
        script("println(($expression).inspect())").out.trim() == expected

        where:
        expression          | expected
        '60.seconds'        | Duration.ofSeconds(60).inspect()
        '0.2.seconds'       | Duration.ofMillis(200).inspect()
        '5.minutes'         | Duration.ofMinutes(5).inspect()
        '2.hours'           | Duration.ofHours(2).inspect()
        '250.milliseconds'  | Duration.ofMillis(250).inspect()
        '4.KiB'             | new Size(4096).inspect()
        '512.MiB'           | new Size(512 * Size.MIB).inspect()
        '1.5.GiB'           | new Size(1536 * Size.MIB).inspect()
        '2.GiB.mib()'       | '2048'
    }

    def "a size that is not a whole number of bytes is refused"() {
        when:
        def r = script('\ndef s = 0.3.KiB')

        then:
        r.code == 1
        r.errLines == ["${dir.resolve('s.xsh')}:2: a size is a whole number of bytes: 0.3 KiB is 307.2 bytes".toString()]
    }

    def "every runs now and then at a fixed rate, times: times, passing the run's index"() {
        when:
        def r = script('''
def n = every 60.seconds, times: 3, { i ->
    println "run $i at ${xshClock.seconds}"
    xshClock.pass(5.seconds)
}
println "runs: $n"
''')

        then:
        r.code == 0
        r.outLines == ['run 0 at 0', 'run 1 at 60', 'run 2 at 120', 'runs: 3']
        scripts.clock.sleeps == [55.seconds, 55.seconds]
    }

    def "a run that overruns its period skips the starts it missed: no burst, no drift"() {
        when:
        def r = script('''
every 10.seconds, times: 4, { i ->
    println "run $i at ${xshClock.seconds}"
    if (i == 1) xshClock.pass(25.seconds)
}
''')

        then:
        r.outLines == ['run 0 at 0', 'run 1 at 10', 'run 2 at 40', 'run 3 at 50']
    }

    def "every: until: stops once the closure says so; without times: it runs until then"() {
        when:
        def r = script('''
count = 0
every(1.minutes, until: { count == 5 }) { count++ }
println count
''')

        then:
        r.outLines == ['5']
        scripts.clock.seconds == 240
    }

    def "every refuses a named argument it does not take"() {
        when:
        def r = script('every 1.seconds, tmes: 3, { }')

        then:
        r.code == 1
        r.errLines == ["${dir.resolve('s.xsh')}:1: every: unknown argument 'tmes' (it takes times, until)".toString()]
    }

    def "waitUntil polls until the condition holds and returns its value"() {
        when:
        def r = script('''
def v = waitUntil(timeout: 30.seconds, every: 2.seconds) { xshClock.seconds >= 7 ? 'ready' : null }
println "$v at ${xshClock.seconds}"
''')

        then:
        r.outLines == ['ready at 8']
    }

    def "waitUntil fails after its timeout, with exit 1"() {
        when:
        def r = script('\nwaitUntil(timeout: 30.seconds) { false }\nprintln "not reached"')

        then:
        r.code == 1
        r.out == ''
        r.errLines == ["${dir.resolve('s.xsh')}:2: waitUntil: condition not met within 30 s".toString()]
        scripts.clock.seconds == 30
    }

    def "sleep takes a duration or milliseconds"() {
        when:
        script('sleep 5.seconds\nsleep 250')

        then:
        scripts.clock.sleeps == [5.seconds, 250.milliseconds]
    }

    def "epoch() and now() read the script's clock"() {
        when:
        def r = script('println epoch()\nprintln now().toInstant()\nprintln "d-${epoch()}.save"')

        then:
        r.outLines == ['1552574176', '2019-03-14T14:36:16Z', 'd-1552574176.save']
    }

    def "Ctrl-C during a wait unwinds the script through its finally blocks and ends it with 130"() {
        given:
        def f = scripts.file('loop.xsh', '''try {
    every 1.seconds, times: 10, { i -> println "tick" }
} finally {
    println 'cleaned up'
}
''')
        // the clock interrupts the script's thread at its third sleep, as Ctrl-C does
        int sleeps = 0
        def clock = new ManualScriptClock() {
            @Override
            void sleep(Duration duration) throws InterruptedException {
                if (++sleeps == 3) {
                    Thread.currentThread().interrupt()
                }
                super.sleep(duration)
            }
        }
        def harness = new ScriptHarness(dir.resolve('other'), clock)

        when:
        def r = harness.run(f)

        then:
        r.code == 130
        r.outLines == ['tick', 'tick', 'tick', 'cleaned up']
        r.errLines == ["$f:2: interrupted".toString()]

        cleanup:
        harness.close()
    }
}
