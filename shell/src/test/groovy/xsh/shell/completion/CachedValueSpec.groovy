package xsh.shell.completion

import java.time.Duration
import java.util.concurrent.Executor
import spock.lang.Specification

/**
 * When a Tab is served from memory and when the host is read again, with reads that run only
 * when the spec lets them (so a Tab that would wait gets what was there before).
 */
class CachedValueSpec extends Specification {

    static final CompletionTiming TIMING = new CompletionTiming(Duration.ofSeconds(1), Duration.ofMillis(20),
            Duration.ofMillis(20), Duration.ZERO)

    List<Runnable> queued = []
    long now = 0
    int reads = 0
    String state = 'v1'
    CachedValue<String> cache = new CachedValue<String>({ String host -> reads++; "$host:$state".toString() }, '',
            { queued << it } as Executor, { now }, TIMING)

    /** Runs the reads waiting for the completion thread. */
    void readsRun() {
        def tasks = new ArrayList(queued)
        queued.clear()
        tasks*.run()
    }

    def "the first Tab starts the read; once it is done, Tabs are served from memory"() {
        expect:
        cache.get('h', 0) == ''
        queued.size() == 1

        when:
        readsRun()

        then:
        cache.get('h', 0) == 'h:v1'
        cache.get('h', 0) == 'h:v1'
        reads == 1
        queued.isEmpty()
    }

    def "an old value is served at once, and read again behind the Tab"() {
        given:
        cache.get('h', 0)
        readsRun()
        state = 'v2'

        expect: 'within its age, the value as it was read'
        cache.get('h', 0) == 'h:v1'
        queued.isEmpty()

        when:
        now += TIMING.maxAge().toNanos() + 1

        then:
        cache.get('h', 0) == 'h:v1'
        queued.size() == 1

        when:
        readsRun()

        then:
        cache.get('h', 0) == 'h:v2'
    }

    def "after a command, a Tab asks for a new read however young the value is, and gets it once it is done"() {
        given:
        cache.get('h', 0)
        readsRun()
        state = 'v2'

        expect: 'the read does not finish within the wait here: the value from before'
        cache.get('h', 1) == 'h:v1'
        queued.size() == 1

        when:
        readsRun()

        then:
        cache.get('h', 1) == 'h:v2'
        reads == 2
    }

    def "the prompt coming back after a command starts the read before any Tab"() {
        given:
        cache.get('h', 0)
        readsRun()

        when:
        cache.refreshIfStale('h', 0)

        then: 'nothing ran since'
        queued.isEmpty()

        when:
        cache.refreshIfStale('h', 1)

        then:
        queued.size() == 1
    }

    def "the first Tab takes the warm-up's read when it is under way, rather than reading twice"() {
        when:
        cache.warmUp('h', Long.MIN_VALUE)
        cache.get('h', 5)

        then:
        queued.size() == 1

        when: 'the warm-up read ran before any command count was known: the next Tab reads again'
        readsRun()
        cache.get('h', 5)

        then:
        queued.size() == 1
    }

    def "another host is read afresh; a read that fails offers nothing"() {
        given:
        cache.get('h', 0)
        readsRun()

        expect:
        cache.get('other', 0) == ''

        when:
        def failing = new CachedValue<String>({ throw new IllegalStateException('no database') }, 'empty',
                { it.run() } as Executor, { now }, TIMING)

        then:
        failing.get('h', 0) == 'empty'
    }
}
