package xsh.shell;

import picocli.CommandLine.Option;
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

    /** Where commands take effect. */
    public enum Backend { sim, xen }

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
            description = "sim: the embedded simulated host (default); xen: a real Dom0 (reserved; not available yet).")
    private Backend backend;

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

    /** The backend asked for, {@code sim} unless given. */
    public Backend backend() {
        return backend == null ? Backend.sim : backend;
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
        return copy;
    }
}
