package xsh.bench.completion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.CompletionMatcherImpl;
import org.jline.terminal.impl.DumbTerminal;
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
import picocli.CommandLine;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainDefinition;
import xsh.hv.HostSpec;
import xsh.hv.sim.SimHost;
import xsh.hv.sim.SimHosts;
import xsh.hv.storage.Storage;
import xsh.shell.GlobalOptions;
import xsh.shell.backend.HostConnector;
import xsh.shell.completion.ReplCompletion;

/**
 * A Tab at the {@code xsh>} prompt on a host with 1,000 domains (a third of them paused) and
 * 10,000 snapshots (10 volumes of 1,000), as the REPL does it: the completer from
 * {@link ReplCompletion} with its production cache, then JLine's matching of the candidates
 * against the word. Target: p99 under 20 ms.
 *
 * <p>{@code tab}: Tab after Tab, as a person does; the cache is read again behind them every
 * 1.5 s, on the completion thread, so the figures include Tabs that run beside such a read.
 * {@code tabAfterCommand}: a line was accepted into the history just before each Tab, without
 * running a command; completion reads the host again only after a command has run, so this Tab
 * does not wait. A Tab typed within the re-read after a command that ran (about 50 ms at 1,000
 * domains) waits for it, so as never to offer what the command changed; the REPL starts that
 * read as the command ends.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx1g"})
public class CompletionBenchmark {

    static final HostSpec SPEC = new HostSpec(64, 1024 * 1024, 8192, 8);
    static final int DOMAINS = 1000;
    static final int VOLUMES = 10;
    static final int SNAPSHOTS_PER_VOLUME = 1000;

    /** The embedded host under a temporary XSH_HOME, and the REPL's completer for it. */
    @State(Scope.Benchmark)
    public static class Prompt {
        Path home;
        Completer completer;
        LineReader reader;

        @Setup
        public void setUp() throws Exception {
            home = Files.createTempDirectory("xsh-bench-completion-");
            populate(home);
            completer = ReplCompletion.completer(commandTable(home));
            reader = LineReaderBuilder.builder()
                    .terminal(new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()))
                    .build();
        }

        @TearDown
        public void tearDown() {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text before the cursor, and the candidates JLine would keep. */
        List<Candidate> tab(String line) {
            CompletingParsedLine parsed = (CompletingParsedLine) reader.getParser()
                    .parse(line, line.length(), Parser.ParseContext.COMPLETE);
            List<Candidate> candidates = new ArrayList<>();
            completer.complete(reader, parsed, candidates);
            CompletionMatcherImpl matcher = new CompletionMatcherImpl();
            matcher.compile(new EnumMap<>(LineReader.Option.class), true, parsed, false, 0, null);
            return matcher.matches(candidates);
        }
    }

    /** Which line is completed. */
    @State(Scope.Benchmark)
    public static class Line {
        @Param({"unpause", "pause-g", "snapshots", "datasets"})
        public String line;

        String text() {
            return switch (line) {
                case "unpause" -> "unpause ";           // every paused domain of the 1,000
                case "pause-g" -> "pause guest-1";      // the running ones that start so
                case "snapshots" -> "zfs list zroot/vol3@"; // one volume's 1,000 snapshots
                case "datasets" -> "zfs rollback zroot/";   // the volumes that have snapshots
                default -> throw new IllegalArgumentException(line);
            };
        }
    }

    /** A line accepted at the prompt before each Tab, without running it (not measured). */
    @State(Scope.Benchmark)
    public static class Command {
        int count;

        @Setup(Level.Invocation)
        public void accept(Prompt prompt) {
            prompt.reader.getHistory().add("pause guest-" + (count++ % DOMAINS));
        }
    }

    @Benchmark
    public List<Candidate> tab(Prompt prompt, Line line) {
        return prompt.tab(line.text());
    }

    @Benchmark
    public List<Candidate> tabAfterCommand(Prompt prompt, Command command) {
        return prompt.tab("unpause ");
    }

    static void populate(Path home) {
        try (SimHost host = new SimHosts(home).create("default", SPEC)) {
            Path kernel = Files.writeString(home.resolve("vmlinuz"), "kernel");
            for (int i = 0; i < DOMAINS; i++) {
                ConfigSource src = ConfigSource.of("bench.cfg", "name = \"guest-" + i + "\"\nkernel = \"" + kernel
                        + "\"\nmemory = 64\nvcpus = 1\n");
                host.create(new DomainDefinition(src, DomainConfigReader.read(ConfigParser.parse(src)).orElseThrow()),
                        i % 3 == 0);
            }
            Storage zfs = host.storage();
            List<String> volumes = new ArrayList<>();
            for (int v = 0; v < VOLUMES; v++) {
                zfs.createVolume("zroot/vol" + v, 8L * 1024 * 1024, java.util.Map.of(), false, true);
                volumes.add("zroot/vol" + v);
            }
            for (int s = 0; s < SNAPSHOTS_PER_VOLUME; s++) {
                String snapshot = "@" + (1_700_000_000L + 60L * s);
                zfs.snapshot(volumes.stream().map(v -> v + snapshot).toList(), false); // one per volume at once
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The REPL's command table on the embedded hosts under {@code home}. Its factory and the
     * error reporter are the shell's own (package-private): the benchmark reaches them as the
     * REPL gets them, rather than the shell growing a public door for it.
     */
    static CommandLine commandTable(Path home) throws ReflectiveOperationException {
        Class<?> reporterClass = Class.forName("xsh.shell.ErrorReporter");
        Class<?> audienceClass = Class.forName("xsh.shell.ErrorReporter$Audience");
        Constructor<?> reporterConstructor = reporterClass.getDeclaredConstructor(PrintStream.class,
                BooleanSupplier.class, audienceClass);
        reporterConstructor.setAccessible(true);
        Object repl = java.util.Arrays.stream(audienceClass.getEnumConstants())
                .filter(a -> a.toString().equals("REPL")).findFirst().orElseThrow();
        Object reporter = reporterConstructor.newInstance(System.err, (BooleanSupplier) () -> false, repl);
        Method factory = Class.forName("xsh.shell.XshCommand").getDeclaredMethod("forCommandLines",
                GlobalOptions.class, reporterClass, HostConnector.class);
        factory.setAccessible(true);
        return (CommandLine) factory.invoke(null, new GlobalOptions(), reporter,
                new HostConnector(() -> new SimHosts(home)));
    }
}
