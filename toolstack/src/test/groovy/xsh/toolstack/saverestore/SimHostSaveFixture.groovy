package xsh.toolstack.saverestore

import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import spock.lang.Specification
import spock.lang.TempDir
import xsh.hv.DomainInfo
import xsh.hv.GuestMemory
import xsh.hv.Hypervisor
import xsh.hv.sim.SimHost
import xsh.hv.sim.SimHosts
import xsh.hv.sim.clock.ManualClock
import xsh.toolstack.vmcontrol.ConfigFileReader
import xsh.toolstack.vmcontrol.ConfigTyper
import xsh.toolstack.vmcontrol.DomainCreator
import xsh.toolstack.vmcontrol.Notices

/**
 * An embedded host with a manual clock, guests made from real config files, and what a
 * save or a restore told, for the specs of save and restore.
 */
abstract class SimHostSaveFixture extends Specification {

    static final long SECOND_MS = 1000

    @TempDir
    Path home

    ManualClock clock = new ManualClock()
    SimHost host
    Path kernel
    List<String> told = []
    Notices notices = { String line -> told << line } as Notices

    def setup() {
        host = new SimHosts(home.resolve('xsh'), clock).open('h1')
        kernel = Files.createDirectories(home.resolve('boot')).resolve('vmlinuz')
        Files.writeString(kernel, 'kernel')
    }

    def cleanup() {
        host?.close()
    }

    Path configFile(String name, String extra = '', int memoryMib = 16, String type = 'pv') {
        def file = home.resolve("${name}.cfg")
        Files.writeString(file, """name = "$name"
type = "$type"
${type == 'hvm' ? '' : "kernel = \"$kernel\""}
memory = $memoryMib
vcpus = 2
$extra""")
        file
    }

    /** A guest created as xl create makes it, which has run for {@code seconds}. */
    DomainInfo running(String name, int seconds = 30, String extra = '', int memoryMib = 16, String type = 'pv') {
        def typed = ConfigTyper.type(ConfigFileReader.read(
                Optional.of(configFile(name, extra, memoryMib, type).toString()), []))
        def domain = new DomainCreator(host, false).create(typed, false)
        host.setDirtyRate(domain.domid(), 8L << 20)
        clock.advanceMillis(seconds * SECOND_MS)
        domain
    }

    DomainInfo info(String name) {
        host.domainNamed(name).orElse(null)
    }

    static String digest(GuestMemory memory) {
        def sha = MessageDigest.getInstance('SHA-256')
        def out = new OutputStream() {
            @Override
            void write(int b) { sha.update((byte) b) }

            @Override
            void write(byte[] b, int off, int len) { sha.update(b, off, len) }
        }
        memory.writeTo(out)
        sha.digest().encodeHex().toString()
    }

    SaveResult save(Map options = [:], String domain, Path file, Hypervisor hv = host) {
        new Saver(hv).save(new SaveRequest(domain, file.toString(), Optional.ofNullable(options.config as String),
                SaveMode.of(options.c as boolean, options.p as boolean), options.D as boolean), notices,
                ImageProgress.NONE)
    }

    RestoreResult restore(Map options = [:], Path file) {
        new Restorer(host, false).restore(new RestoreOptions(Optional.ofNullable(options.config as String), file.toString(),
                options.p as boolean, options.d as boolean), notices, ImageProgress.NONE)
    }
}
