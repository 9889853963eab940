package xsh.toolstack.top

import java.time.Duration
import xsh.toolstack.SimHostSpecification

/** On the embedded host a guest's cpu time grows with its load, so top's cpu share is real there. */
class TopOnSimHostSpec extends SimHostSpecification {

    def "a guest's share is its online vcpus times its load; a paused guest's is 0"() {
        given:
        def busy = guest('busy', 'vcpus = 2')
        def idle = guest('idle')
        host.setLoad(busy.domid(), 0.75)
        host.setLoad(idle.domid(), 0.5)
        def monitor = new TopMonitor(host)
        monitor.next(TopColumn.CPU_PERCENT)
        host.pause(idle.domid())

        when:
        clock.advance(Duration.ofSeconds(2))
        def frame = monitor.next(TopColumn.CPU_PERCENT)
        def share = frame.rows().collectEntries { [it.domain().name(), it.cpuPercent().asDouble] }

        then:
        Math.abs(share.busy - 150d) < 0.01
        share.idle == 0d
        frame.rows()[0].domain().name() == 'busy'
        frame.states().paused() == 1
    }
}
