package xsh.shell;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;
import xsh.error.XshException;
import xsh.hv.dom0.Dom0Detection;
import xsh.shell.render.ColourMode;
import xsh.shell.render.Terminals;

/**
 * Options that apply to every command. They go before the command ({@code xsh --json cfg show
 * a.cfg}) so that a command may have an option of the same name. Command lines that xsh reads
 * itself (-c, piped input, the REPL) start from a copy of the invocation's options.
 */
public final class GlobalOptions {

    /** The environment variable that names the host when {@code --host} is not given. */
    public static final String HOST_VARIABLE = "XSH_HOST";

    /** The environment variable that chooses the backend when {@code --backend} is not given. */
    public static final String BACKEND_VARIABLE = "XSH_BACKEND";

    /** Where commands take effect. */
    public enum Backend { sim, xen }

    /** The backend of commands that name none, worked out once per process, when first needed. */
    private static volatile Backend defaultBackend;

    @Option(names = "--host", paramLabel = "NAME", order = 1,
            description = "Host to work on: an embedded host's name (default: $XSH_HOST, else default), "
                    + "or ssh://[user@]host[:port], a remote host whose xsh runs the commands.")
    private String host;

    /**
     * For command lines xsh reads: the host they work on unless a line says {@code --host}: the
     * one xsh started on, or the one {@code connect} chose since. Not an option, so that parsing
     * a line (which resets the options) leaves it as it is.
     */
    private String sessionHost;

    /** The host xsh started on, where {@code connect} alone goes back. */
    private String startedHost;

    @Option(names = "--backend", paramLabel = "sim|xen", order = 2,
            description = "sim: the embedded simulated host; xen: a real Dom0 through its xl and zfs. "
                    + "Default: $XSH_BACKEND, else xen when xl is on PATH and this machine is a Dom0, else sim.")
    private Backend backend;

    @Option(names = "-v", order = 7,
            description = "More of xl's own logging on the xen backend (-v, -vv, -vvv: each is passed to xl).")
    private boolean[] verbose = new boolean[0];

    @Option(names = "--json", order = 3, description = "Print listings as JSON (every command that lists something).")
    private boolean json;

    @Option(names = "--color", paramLabel = "WHEN", order = 4,
            description = "Colours in listings: auto (the default: when stdout is a terminal and NO_COLOR is "
                    + "not set), always or never.")
    private ColourMode colour;

    @Option(names = "--debug", order = 5, description = "Print the stack trace of an error.")
    private boolean debug;

    @Option(names = "--dry-run", order = 6,
            description = "Print each command that would change a host or write a file, and change nothing; "
                    + "commands that only read run as usual.")
    private boolean dryRunAll;

    /** Set by the xl front end: commands reproduce xl's bytes and quirks, not xsh's fixes. */
    private boolean xlCompatible;

    /** xl's global {@code -N}: commands that can print what they would do, and change nothing. */
    private boolean dryRun;

    /** The host asked for: {@code --host}, else {@code $XSH_HOST} (so that xl and zfs links on PATH can aim), else null. */
    public String host() {
        if (host != null) {
            return host;
        }
        return sessionHost();
    }

    /**
     * The host of the session, whatever the line being run says: the one {@code connect} chose,
     * else the one xsh started on ({@code --host}, else {@code $XSH_HOST}); null for the default.
     */
    public String sessionHost() {
        if (sessionHost != null) {
            return sessionHost;
        }
        String fromEnvironment = System.getenv(HOST_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }

    /** {@code connect HOST}: the lines that follow work on {@code host}; null goes back to the host xsh started on. */
    public void connect(String host) {
        this.sessionHost = host == null ? startedHost : host;
    }

    /** These options, for work on {@code host} (a script's {@code host('h2')}). */
    public GlobalOptions onHost(String host) {
        GlobalOptions copy = copy();
        copy.sessionHost = host;
        return copy;
    }

    /** For the front ends, which take {@code --host} before {@code xl} or {@code zfs}. */
    void selectHost(String name) {
        this.host = name;
    }

    /**
     * The backend commands work on: {@code --backend}, else {@code $XSH_BACKEND}, else
     * {@code xen} on a Dom0 with xl, else {@code sim}. Only a command that needs a host asks,
     * so commands that need none (cfg, help) never look at the machine.
     *
     * @throws XshException {@code $XSH_BACKEND} is neither sim nor xen; exit 1
     */
    public Backend backend() {
        if (backend != null) {
            return backend;
        }
        Backend chosen = defaultBackend;
        if (chosen == null) {
            chosen = defaultBackend(System.getenv(), Dom0Detection::realDom0Here);
            defaultBackend = chosen;
        }
        return chosen;
    }

    /** The backend {@code --backend} named, if it did (a remote xsh chooses its own default). */
    public Optional<Backend> requestedBackend() {
        return Optional.ofNullable(backend);
    }

    /** The default backend for this environment; {@code dom0Here} is asked only when the environment does not say. */
    static Backend defaultBackend(Map<String, String> environment, BooleanSupplier dom0Here) {
        String named = environment.get(BACKEND_VARIABLE);
        if (named != null && !named.isEmpty()) {
            try {
                return Backend.valueOf(named);
            } catch (IllegalArgumentException e) {
                throw new XshException("xsh: " + BACKEND_VARIABLE + "=" + named + ": the backend is sim or xen", 1);
            }
        }
        return dom0Here.getAsBoolean() ? Backend.xen : Backend.sim;
    }

    /** How many {@code -v} were given (xsh's own, or xl's global ones under the xl front end): xl gets as many. */
    public int verbosity() {
        return verbose.length;
    }

    public boolean json() {
        return json;
    }

    /** {@code --color}, {@code auto} unless given. */
    public ColourMode colourMode() {
        return colour == null ? ColourMode.auto : colour;
    }

    /**
     * Whether listings colour what they print: as {@code --color} says, for stdout as it is now;
     * never under the xl front end, whose output is xl's bytes.
     */
    public boolean colour() {
        return !xlCompatible && colourMode().colours(System.getenv(), Terminals.stdoutIsTerminal());
    }

    public boolean debug() {
        return debug;
    }

    public boolean xlCompatible() {
        return xlCompatible;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /**
     * xsh's {@code --dry-run}: every command or script operation that changes state prints itself
     * instead of running. Not xl's {@code -N} ({@link #dryRun}), which only the commands xl gives
     * it to honour, each in its own words.
     */
    public boolean dryRunAll() {
        return dryRunAll;
    }

    /** For the xl front end: behave as xl, with its global {@code -N} if given. */
    public void actAsXl(boolean dryRun) {
        this.xlCompatible = true;
        this.dryRun = dryRun;
    }

    /** For the xl front end: xl's global {@code -v} flags, which the xen backend hands on to xl. */
    public void addVerbosity(int flags) {
        boolean[] more = new boolean[verbose.length + Math.max(0, flags)];
        Arrays.fill(more, true);
        this.verbose = more;
    }

    /**
     * Commands piped on stdin are a script's: its output is plain even when stdout is a
     * terminal, unless {@code --color=always} asked for colours.
     */
    void readCommandsFromPipe() {
        if (colourMode() == ColourMode.auto) {
            colour = ColourMode.never;
        }
    }

    GlobalOptions copy() {
        GlobalOptions copy = new GlobalOptions();
        // the copy's lines start on this host; a line's own --host is that line's alone
        copy.sessionHost = host();
        copy.startedHost = startedHost == null ? copy.sessionHost : startedHost;
        copy.backend = backend;
        copy.json = json;
        copy.colour = colour;
        copy.debug = debug;
        copy.xlCompatible = xlCompatible;
        copy.dryRun = dryRun;
        copy.dryRunAll = dryRunAll;
        copy.verbose = verbose.clone();
        return copy;
    }
}
