package xsh.toolstack.migrate

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import spock.lang.Specification
import xsh.hv.GuestMemory

/** The receiver's memory is synced behind the pages, on a thread of its own, and once more at the end. */
class TrailingSyncSpec extends Specification {

    AtomicInteger syncs = new AtomicInteger()
    CountDownLatch synced = new CountDownLatch(1)
    IOException failure
    GuestMemory memory = [sync: {
        syncs.incrementAndGet()
        synced.countDown()
        if (failure != null) {
            throw failure
        }
    }] as GuestMemory

    def "nothing is synced until enough is written; then one sync behind the pages; the end syncs the rest"() {
        given:
        def sync = new TrailingSync(memory)

        when:
        sync.written(TrailingSync.EVERY_BYTES - 1)

        then:
        syncs.get() == 0

        when:
        sync.written(1)

        then:
        synced.await(60, TimeUnit.SECONDS)
        syncs.get() == 1

        when:
        sync.written(4096)
        sync.finish()

        then:
        syncs.get() == 2

        cleanup:
        sync.close()
    }

    def "a background sync that failed fails the next record's write"() {
        given:
        failure = new IOException('Input/output error')
        def sync = new TrailingSync(memory)
        sync.written(TrailingSync.EVERY_BYTES)
        synced.await(60, TimeUnit.SECONDS)

        when: 'records keep coming until the failed sync is over'
        IOException e = null
        for (int i = 0; i < 6000 && e == null; i++) {
            try {
                sync.written(TrailingSync.EVERY_BYTES)
                Thread.sleep(10)
            } catch (IOException failed) {
                e = failed
            }
        }

        then:
        e.message == 'Input/output error'

        cleanup:
        sync.close()
    }
}
