package xsh.shell.top;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.render.Terminals;
import xsh.toolstack.top.TopColumn;
import xsh.toolstack.top.TopMonitor;
import xsh.toolstack.vmcontrol.Sleeper;

/**
 * {@code top [-d SECONDS] [-b] [-i N] [-f] [--sort COLUMN] [--json]}: xentop's live view of
 * the domains at a terminal; its batch mode when asked ({@code -b}) or when the output is not
 * a terminal, where without {@code -i} a single frame is printed unless {@code -b} asks for
 * frames until the reader goes away.
 */
@Command(name = "top", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch the domains as xentop does: cpu share, memory, vcpus, state and uptime, "
                + "refreshed every second.",
            "Keys: q quit, s or Left/Right change the sort column, N name, P cpu%%, T cpu time, M memory, U uptime, "
                + "Up/Down scroll, d a new delay.",
            "When the output is not a terminal, prints one frame as text (xentop -b) unless -b or -i ask for more."})
public final class TopCommand implements Callable<Integer> {

    @Option(names = {"-d", "--delay"}, paramLabel = "SECONDS", description = "Seconds between updates (default 1).")
    String delay = "1";

    @Option(names = {"-b", "--batch"}, description = "Plain text frames for a pipe or a file, until -i's count.")
    boolean batch;

    @Option(names = {"-i", "--iterations"}, paramLabel = "N", description = "Frames before exiting.")
    Integer iterations;

    @Option(names = {"-f", "--full-name"}, description = "Whole domain names (xentop cuts them to 10 characters).")
    boolean fullNames;

    @Option(names = "--sort", paramLabel = "COLUMN",
            description = "The column sorted by at first (default name): ${COMPLETION-CANDIDATES}.",
            completionCandidates = SortKeys.class)
    String sort = TopColumn.NAME.key();

    @Option(names = "--json", description = "Batch frames as JSON documents, one per frame (see the README).")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The column keys, for help and completion. */
    static final class SortKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TopColumn.values()).map(TopColumn::key).iterator();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        XshCommand xsh = XshCommand.of(spec);
        boolean asJson = xsh.json(json);
        boolean interactive = !batch && !asJson && Terminals.standardStreamsAreTerminals();
        TopSettings settings = new TopSettings(delay(), frames(interactive), fullNames, sortColumn());
        try (Hypervisor hv = xsh.openHost()) {
            TopMonitor monitor = new TopMonitor(hv);
            if (interactive) {
                // at the REPL's prompt this is the REPL's terminal, lent to the commands it runs
                try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                    new TopView(terminal, monitor, settings, ZoneId.systemDefault()).run();
                }
            } else {
                PrintWriter out = spec.commandLine().getOut();
                TopBatch.run(monitor, settings, asJson, out, Sleeper.REAL);
            }
        }
        return 0;
    }

    private Duration delay() {
        return DelayText.parse(delay).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "-d: the delay must be a positive number of seconds, not '" + delay + "'"));
    }

    /** -i's count; else until the user quits, or in batch mode for ever with -b and one frame without. */
    private int frames(boolean interactive) {
        if (iterations == null) {
            return interactive || batch ? 0 : 1;
        }
        if (iterations < 1) {
            throw new ParameterException(spec.commandLine(), "-i: the number of frames must be at least 1, not "
                    + iterations);
        }
        return iterations;
    }

    private TopColumn sortColumn() {
        return TopColumn.byKey(sort).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--sort: no column '" + sort + "' (one of " + TopColumn.keys() + ")"));
    }
}
