package xsh.bench.host;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import xsh.hv.DomainDefinition;

/**
 * A create followed by a destroy, each its own write transaction, on a host that already
 * has {@code background} guests: the score is create/destroy pairs per second. Short runs:
 * every destroyed domid stays out of use for 60 s, and a host has 32751 of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx512m"})
public class HostCreateDestroyBenchmark {

    @Param({"0", "1000"})
    public int background;

    private BenchHost bench;
    private DomainDefinition guest;

    @Setup
    public void setUp() {
        bench = new BenchHost();
        bench.populate(background);
        guest = bench.guest("churn");
    }

    @TearDown
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public int createAndDestroy() {
        int domid = bench.host.create(guest, false).domid();
        bench.host.destroy(domid, false);
        return domid;
    }
}
