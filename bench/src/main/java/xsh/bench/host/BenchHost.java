package xsh.bench.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainDefinition;
import xsh.hv.HostSpec;
import xsh.hv.sim.SimHost;
import xsh.hv.sim.SimHosts;

/**
 * A large embedded host in a temporary XSH_HOME for the benchmarks: 64 pCPUs and 1 TiB, so
 * that a thousand small guests fit; real clock, real SQLite file.
 */
final class BenchHost implements AutoCloseable {

    static final HostSpec SPEC = new HostSpec(64, 1024 * 1024, 8192, 8);

    final Path home;
    final Path kernel;
    final SimHost host;

    BenchHost() {
        try {
            home = Files.createTempDirectory("xsh-bench-");
            kernel = Files.writeString(home.resolve("vmlinuz"), "kernel");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host = new SimHosts(home).create("bench", SPEC);
    }

    DomainDefinition guest(String name) {
        ConfigSource src = ConfigSource.of("bench.cfg", "name = \"" + name + "\"\nkernel = \"" + kernel
                + "\"\nmemory = 64\nvcpus = 2\n");
        return new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow());
    }

    /** Makes {@code count} running guests, parsed once: the benchmark is the host, not the parser. */
    void populate(int count) {
        for (int i = 0; i < count; i++) {
            host.create(guest("guest-" + i), false);
        }
    }

    @Override
    public void close() {
        host.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
