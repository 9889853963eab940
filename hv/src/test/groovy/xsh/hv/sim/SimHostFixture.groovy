package xsh.hv.sim

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir
import xsh.cfg.domain.DomainConfigReader
import xsh.cfg.parse.ConfigParser
import xsh.cfg.source.ConfigSource
import xsh.hv.DomainDefinition
import xsh.hv.DomainInfo
import xsh.hv.HostSpec
import xsh.hv.sim.clock.ManualClock

/**
 * A fresh XSH_HOME per feature, a manual clock, and guest configs whose kernel exists, so
 * specs can make domains in a line.
 */
abstract class SimHostFixture extends Specification {

    @TempDir
    Path home

    ManualClock clock = new ManualClock()

    SimHosts hosts
    SimHost host
    Path kernel

    def setup() {
        hosts = new SimHosts(home, clock)
        host = hosts.open('h1')
        kernel = Files.createDirectories(home.resolve('boot')).resolve('vmlinuz')
        Files.writeString(kernel, 'kernel')
    }

    def cleanup() {
        host?.close()
    }

    SimHost newHost(String name, HostSpec spec) {
        hosts.create(name, spec)
    }

    /** A PV guest with the given name and extra xl.cfg lines. */
    DomainDefinition guest(String name, String extra = '', int memoryMib = 512) {
        definition("""name = "$name"
type = "pv"
kernel = "$kernel"
memory = $memoryMib
$extra
""")
    }

    static DomainDefinition definition(String text) {
        ConfigSource src = ConfigSource.of('test.cfg', text)
        new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow())
    }

    DomainInfo create(String name, String extra = '', int memoryMib = 512) {
        host.create(guest(name, extra, memoryMib), false)
    }

    DomainInfo info(String name) {
        host.domainNamed(name).orElse(null)
    }

    DomainInfo info(int domid) {
        host.domain(domid).orElse(null)
    }

    void seconds(double s) {
        clock.advanceMillis((long) (s * 1000))
    }
}
