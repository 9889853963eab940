package xsh.toolstack.migrate

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
 * Two embedded hosts, h1 and h2, under one XSH_HOME and one manual clock, and a link between
 * them through which the clock moves as the bytes go: at {@link #LINK_BYTES_PER_SECOND}, so
 * that a guest dirties memory while its pages travel, the same way at every run.
 */
abstract class MigrationFixture extends Specification {

    static final long MiB = 1L << 20
    /** A gigabit link, about. */
    static final long LINK_BYTES_PER_SECOND = 100 * MiB

    @TempDir
    Path home

    ManualClock clock = new ManualClock()
    SimHosts hosts
    SimHost source
    SimHost target
    Path kernel
    List<String> told = []
    Notices notices = { String line -> told << line } as Notices
    PipedLink link

    def setup() {
        hosts = new SimHosts(home, clock)
        source = hosts.open('h1')
        target = hosts.open('h2')
        kernel = Files.createDirectories(home.resolve('boot')).resolve('vmlinuz')
        Files.writeString(kernel, 'kernel')
    }

    def cleanup() {
        link?.close()
        source?.close()
        target?.close()
    }

    Path configFile(String name, int memoryMib, String type = 'pv', String extra = '') {
        def file = home.resolve("${name}.cfg")
        Files.writeString(file, """name = "$name"
type = "$type"
${type == 'hvm' ? '' : "kernel = \"$kernel\""}
memory = $memoryMib
vcpus = 2
$extra""")
        file
    }

    /** A guest as xl create makes it on {@code host}, which has run for a while, dirtying {@code dirtyRate} bytes a second. */
    DomainInfo running(String name, int memoryMib = 16, long dirtyRate = 8 * MiB, SimHost host = source,
            String type = 'pv') {
        def typed = ConfigTyper.type(ConfigFileReader.read(Optional.of(configFile(name, memoryMib, type).toString()), []))
        def domain = new DomainCreator(host, false).create(typed, false)
        host.setDirtyRate(domain.domid(), dirtyRate)
        clock.advanceSeconds(30)
        domain
    }

    PipedLink linkTo(ReceiverFlags flags = ReceiverFlags.DEFAULT, Hypervisor targetHost = target) {
        link = new PipedLink(targetHost, home.toFile(), flags)
        link.meter = { long n -> clock.advance(java.time.Duration.ofNanos((long) (n * 1e9 / LINK_BYTES_PER_SECOND))) }
        link
    }

    MigrationReport migrate(String domain, Map options = [:], Hypervisor from = source) {
        if (link == null) {
            linkTo(options.flags as ReceiverFlags ?: ReceiverFlags.DEFAULT)
        }
        def request = new MigrateRequest(domain, Optional.ofNullable(options.config as String),
                options.flags as ReceiverFlags ?: ReceiverFlags.DEFAULT, options.withStorage as boolean,
                options.precopy as PrecopyPolicy ?: PrecopyPolicy.DEFAULT)
        try {
            new Migrator(from, home).migrate(request, link, notices, options.progress as MigrationProgress ?: MigrationProgress.NONE)
        } finally {
            link.joined()
        }
    }

    static String digest(GuestMemory memory) {
        def sha = MessageDigest.getInstance('SHA-256')
        memory.writeTo(new OutputStream() {
            @Override
            void write(int b) { sha.update((byte) b) }

            @Override
            void write(byte[] b, int off, int len) { sha.update(b, off, len) }
        })
        sha.digest().encodeHex().toString()
    }

    static DomainInfo named(Hypervisor host, String name) {
        host.domainNamed(name).orElse(null)
    }
}
