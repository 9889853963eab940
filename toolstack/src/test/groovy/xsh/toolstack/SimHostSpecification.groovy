package xsh.toolstack

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
import xsh.hv.sim.SimHost
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock

/**
 * The embedded host under a fresh XSH_HOME with a manual clock, for specifications of the
 * toolstack against Xen's rules as the simulator keeps them; guests in a line.
 */
abstract class SimHostSpecification extends Specification {

    static final long MiB = 1024

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

    /** Replaces the host with a new one of this size. */
    SimHost useHost(HostSpec spec) {
        host.close()
        host = hosts.create('h2', spec)
    }

    /** Creates a running PV guest with extra xl.cfg lines. */
    DomainInfo guest(String name, String extra = '', int memoryMib = 512) {
        def text = """name = "$name"
type = "pv"
kernel = "$kernel"
memory = $memoryMib
$extra
"""
        def src = ConfigSource.of("${name}.cfg", text)
        host.create(new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow()), false)
    }

    DomainInfo info(String name) {
        host.domainNamed(name).orElseThrow()
    }
}
