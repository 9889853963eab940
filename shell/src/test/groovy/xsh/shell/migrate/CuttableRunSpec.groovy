package xsh.shell.migrate

import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.Timeout
import xsh.error.MultiLineException
import xsh.error.XshException

@Timeout(60)
class CuttableRunSpec extends Specification {

    /** A migration that waits for the receiver, which never answers, and fails as the migrator does when the link breaks. */
    static Object waitForever(ProcessLink link) {
        try {
            link.fromReceiver().read()
            return 'answered'
        } catch (IOException e) {
            throw new MultiLineException(["migration sender: ${e instanceof InterruptedIOException ? 'interrupted' : e.message}".toString(),
                                          'Migration failed, resuming at sender.'], 1)
        }
    }

    def "an interrupt of the caller (Ctrl-C) cuts the link: the migration fails in its own words, exit code 130"() {
        given:
        def link = ProcessLink.start(['sleep', '600'], 'sleep 600', [:], Optional.empty())
        boolean told = false
        def caller = Thread.currentThread()
        Thread.start {
            Thread.sleep(300)
            caller.interrupt()
        }

        when:
        CuttableRun.run(link, { waitForever(link) }, { told = true })

        then:
        MultiLineException e = thrown()
        e.exitCode() == 130
        e.lines() == ['migration sender: interrupted', 'Migration failed, resuming at sender.']
        told
        !Thread.currentThread().isInterrupted()
        link.process().waitFor(10, TimeUnit.SECONDS)

        cleanup:
        link.close()
    }

    def "without an interrupt the migration's result and failures are its own"() {
        given:
        def link = ProcessLink.start(['true'], 'true', [:], Optional.empty())

        expect:
        CuttableRun.run(link, { 'report' }, { assert false }) == 'report'

        when:
        CuttableRun.run(link, { throw new XshException('Migration failed, resuming at sender.', 1) }, { assert false })

        then:
        XshException e = thrown()
        e.exitCode() == 1

        cleanup:
        link.close()
    }
}
