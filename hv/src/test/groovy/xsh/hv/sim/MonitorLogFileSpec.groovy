package xsh.hv.sim

import java.nio.file.Files
import java.nio.file.Path
import xsh.hv.GuestEvent

import static xsh.hv.ShutdownRequest.POWEROFF
import static xsh.hv.ShutdownRequest.REBOOT

/**
 * The embedded host's monitors write xl-NAME.log in its log directory, in xl's words, where
 * its dom0Layout() says the logs are, so that log DOMAIN reads them as on a real Dom0.
 */
class MonitorLogFileSpec extends SimHostFixture {

    Path xlLog(String name) {
        Path.of(host.dom0Layout().xlLog(name))
    }

    /** The log's lines as the host reads them (time caught up first), with the pid (this process's) as [pid P]. */
    List<String> logLines(String name) {
        host.readHostFile(xlLog(name).toString()).orElseThrow().readLines().collect { it.replaceAll(/\[pid \d+\]$/, '[pid P]') }
    }

    def "the layout's log directory is the host's own, under XSH_HOME"() {
        expect:
        host.dom0Layout().logDir() == home.resolve('hosts/h1/log').toString()
        host.dom0Layout().xlLog('web') == home.resolve('hosts/h1/log/xl-web.log').toString()
        host.dom0Layout().configDir() == '/etc/xen'
    }

    def "a guest that powers off with on_poweroff=destroy: the monitor's lines, as xl writes them, there when read"() {
        given:
        def d = create('web', 'on_poweroff = "destroy"').domid()

        when:
        host.shutdown(d, POWEROFF, false)
        seconds(5)

        then:
        logLines('web') == [
                "Waiting for domain web (domid $d) to die [pid P]".toString(),
                "Domain $d has shut down, reason code 0 0x0".toString(),
                'Action for shutdown reason code 0 is destroy',
                "Domain $d needs to be cleaned up: destroying the domain".toString(),
                'Done. Exiting now']
    }

    def "a restart goes on in the same file, waiting for the new domid"() {
        given:
        def d = create('web').domid()

        when:
        host.shutdown(d, REBOOT, false)
        seconds(5)
        def again = info('web').domid()

        then:
        again == d + 1
        logLines('web') == [
                "Waiting for domain web (domid $d) to die [pid P]".toString(),
                "Domain $d has shut down, reason code 1 0x1".toString(),
                'Action for shutdown reason code 1 is restart',
                "Domain $d needs to be cleaned up: destroying the domain".toString(),
                'Done. Rebooting now',
                "Waiting for domain web (domid $again) to die [pid P]".toString()]
    }

    def "xl destroy: the monitor sees the domain die"() {
        given:
        def d = create('web').domid()

        when:
        host.destroy(d, false)

        then:
        logLines('web').last() == "Domain $d has been destroyed.".toString()
    }

    def "a preserved domain's monitor has exited: destroying it later logs nothing more"() {
        given:
        def d = create('web', 'on_crash = "preserve"').domid()
        host.inject(d, GuestEvent.CRASH)
        seconds(1)
        host.domains()

        when:
        host.destroy(d, false)

        then:
        logLines('web').last() == 'Done. Exiting now'
    }

    def "a new monitor of the same name moves the old log to .1, as libxl rotates it"() {
        given:
        def first = create('web').domid()
        host.destroy(first, false)

        when:
        def second = create('web').domid()

        then:
        logLines('web') == ["Waiting for domain web (domid $second) to die [pid P]".toString()]
        Files.readAllLines(Path.of(xlLog('web').toString() + '.1')).last() == "Domain $first has been destroyed.".toString()
    }

    def "a domain created without a monitor (-e) has no log"() {
        when:
        host.create(guest('quiet'), false, false)

        then:
        !Files.exists(xlLog('quiet'))
    }
}
