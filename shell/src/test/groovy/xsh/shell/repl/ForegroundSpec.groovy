package xsh.shell.repl

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import org.jline.terminal.Terminal
import org.jline.terminal.impl.DumbTerminal
import spock.lang.AutoCleanup
import spock.lang.Specification

class ForegroundSpec extends Specification {

    @AutoCleanup
    Terminal terminal = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())

    def foreground = new Foreground(terminal)

    def "a job that Ctrl-C never reaches returns its result"() {
        expect:
        foreground.run { 7 } == 7
        !foreground.interrupted()
    }

    def "Ctrl-C interrupts the job's thread, and the REPL waits for what the job does on its way out"() {
        given:
        def waiting = new CountDownLatch(1)
        def cleaning = new CountDownLatch(1)
        def stages = []
        Thread.start {
            assert waiting.await(30, TimeUnit.SECONDS)
            terminal.raise(Terminal.Signal.INT)
            assert cleaning.await(30, TimeUnit.SECONDS)
            terminal.raise(Terminal.Signal.INT)   // a second Ctrl-C while the job undoes its work
        }

        when:
        int code = foreground.run {
            try {
                waiting.countDown()
                Thread.sleep(60_000)
                stages << 'slept'
            } catch (InterruptedException e) {
                stages << 'interrupted'
            }
            cleaning.countDown()
            try {
                Thread.sleep(500)              // the undoing, which the second Ctrl-C must not cut short
                stages << 'undone'
            } catch (InterruptedException e) {
                stages << 'undoing interrupted'
            }
            130
        }

        then:
        code == 130
        stages == ['interrupted', 'undone']
        foreground.interrupted()
    }

    def "after the job, Ctrl-C is handled as before it"() {
        given:
        def previous = Mock(Terminal.SignalHandler)
        terminal.handle(Terminal.Signal.INT, previous)

        when:
        foreground.run { 0 }
        terminal.raise(Terminal.Signal.INT)

        then:
        1 * previous.handle(Terminal.Signal.INT)
    }

    def "a job's unexpected failure reaches the REPL"() {
        when:
        foreground.run { throw new IllegalStateException('broken') }

        then:
        def e = thrown(IllegalStateException)
        e.message == 'broken'
    }
}
