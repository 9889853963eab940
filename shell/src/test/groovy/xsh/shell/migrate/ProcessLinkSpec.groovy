package xsh.shell.migrate

import java.util.concurrent.TimeUnit
import spock.lang.Specification
import spock.lang.Timeout
import xsh.error.XshException

@Timeout(60)
class ProcessLinkSpec extends Specification {

    def "what the sender writes reaches the receiver's stdin, its stdout comes back"() {
        given:
        def link = ProcessLink.start(['cat'], 'cat', [:], Optional.empty())

        when:
        link.toReceiver().write('xl migration receiver ready\n'.bytes)
        link.toReceiver().flush()
        def line = new BufferedReader(new InputStreamReader(link.fromReceiver())).readLine()
        link.close()

        then:
        line == 'xl migration receiver ready'
        !link.process().alive
        link.command() == 'cat'
        link.probe().isEmpty()
    }

    def "the receiver gets the environment it is given"() {
        given:
        def link = ProcessLink.start(['sh', '-c', 'printf %s "$XSH_HOME"'], 'sh', [XSH_HOME: '/tmp/h'], Optional.empty())

        when:
        def text = link.fromReceiver().text
        link.close()

        then:
        text == '/tmp/h'
    }

    def "cut kills the receiver at once: a read blocked on its stdout ends"() {
        given:
        def link = ProcessLink.start(['sleep', '600'], 'sleep 600', [:], Optional.empty())
        def ended = new java.util.concurrent.CountDownLatch(1)
        Thread.start {
            try {
                link.fromReceiver().read()
            } catch (IOException closed) {
            }
            ended.countDown()
        }

        when:
        Thread.sleep(200)
        link.cut()

        then:
        ended.await(10, TimeUnit.SECONDS)
        link.process().waitFor(10, TimeUnit.SECONDS)
        !link.process().alive

        cleanup:
        link.close()
    }

    def "a program that cannot be run is one line naming it, exit code 1"() {
        when:
        ProcessLink.start(['/nonexistent/ssh', 'h2'], '/nonexistent/ssh h2', [:], Optional.empty())

        then:
        XshException e = thrown()
        e.exitCode() == 1
        e.message == 'migrate: cannot run /nonexistent/ssh: No such file or directory'
    }
}
