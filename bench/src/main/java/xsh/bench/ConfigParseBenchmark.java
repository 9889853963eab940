package xsh.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.source.ConfigSource;

/**
 * Parses a corpus of realistic domain configurations, one after another in one thread:
 * the score is configurations per second. MB/s = score × {@link #CORPUS} mean size, which
 * the run prints at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConfigParseBenchmark {

    static final int CORPUS = 1000;

    private List<ConfigSource> sources;

    @Setup
    public void load() {
        List<byte[]> configs = RealisticConfigs.generate(CORPUS, 42);
        sources = configs.stream().map(bytes -> ConfigSource.of("bench.cfg", bytes)).toList();
        long total = configs.stream().mapToLong(b -> b.length).sum();
        System.out.printf("%ncorpus: %d configs, mean %d bytes%n", CORPUS, total / CORPUS);
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS)
    public void parse(Blackhole sink) {
        for (ConfigSource source : sources) {
            sink.consume(ConfigParser.parse(source));
        }
    }
}
