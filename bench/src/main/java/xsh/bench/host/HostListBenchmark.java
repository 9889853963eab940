package xsh.bench.host;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import xsh.hv.DomainInfo;
import xsh.hv.sim.SimHost;
import xsh.hv.sim.SimHosts;

/**
 * {@code xl list} on the embedded host: Hypervisor.domains() with a thousand guests, in a
 * warm process. Each call is a read transaction that works out every domain's state, memory
 * and cpu time at now. Target: under 5 ms.
 *
 * <p>{@code list}: the host has not changed since the last look, so the rows decoded then are
 * reused. {@code listAfterChange}: another process (here another connection) changed the host
 * just before each call, so every row is read and decoded again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms256m", "-Xmx512m"})
public class HostListBenchmark {

    /** A host with {@code domains} running guests. */
    @State(Scope.Benchmark)
    public static class Host {
        @Param({"1000"})
        public int domains;

        BenchHost bench;

        @Setup
        public void setUp() {
            bench = new BenchHost();
            bench.populate(domains);
        }

        @TearDown
        public void tearDown() {
            bench.close();
        }
    }

    /** Another process on the same host, changing one guest before each call (not measured). */
    @State(Scope.Benchmark)
    public static class OtherProcess {
        SimHost other;
        int domid;

        @Setup
        public void setUp(Host host) {
            other = new SimHosts(host.bench.home).open("bench");
            domid = other.domainNamed("guest-0").orElseThrow().domid();
        }

        @Setup(Level.Invocation)
        public void change() {
            other.setLoad(domid, Math.random());
        }

        @TearDown
        public void tearDown() {
            other.close();
        }
    }

    @Benchmark
    public List<DomainInfo> list(Host host) {
        return host.bench.host.domains();
    }

    @Benchmark
    public List<DomainInfo> listAfterChange(Host host, OtherProcess other) {
        return host.bench.host.domains();
    }
}
