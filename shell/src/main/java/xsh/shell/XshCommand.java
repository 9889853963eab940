package xsh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.backend.HostConnector;
import xsh.shell.cfg.CfgCommand;
import xsh.shell.checkpoint.CheckpointCommand;
import xsh.shell.console.ConsoleCommand;
import xsh.shell.cpupool.CpupoolCommands;
import xsh.shell.cpupool.CpupoolCreateCommand;
import xsh.shell.cpupool.CpupoolListCommand;
import xsh.shell.docs.CompletionCommand;
import xsh.shell.domain.ConfigUpdateCommand;
import xsh.shell.domain.CreateCommand;
import xsh.shell.domain.ListCommand;
import xsh.shell.domain.ShutdownCommands;
import xsh.shell.domain.VmControlCommands;
import xsh.shell.dryrun.DryRun;
import xsh.shell.host.HostCommands;
import xsh.shell.host.InfoCommand;
import xsh.shell.log.LogCommand;
import xsh.shell.migrate.MigrateCommand;
import xsh.shell.migrate.MigrateReceiveCommand;
import xsh.shell.misc.DmesgCommand;
import xsh.shell.misc.DomainNameCommands;
import xsh.shell.misc.DumpCoreCommand;
import xsh.shell.misc.GuestSignalCommands;
import xsh.shell.misc.UptimeCommand;
import xsh.shell.misc.VmListCommand;
import xsh.shell.remote.ConnectCommand;
import xsh.shell.remote.HostsCommand;
import xsh.shell.remote.RemoteCommandLine;
import xsh.shell.remote.SshSession;
import xsh.shell.memory.MemoryCommands;
import xsh.shell.saverestore.RestoreCommand;
import xsh.shell.saverestore.SaveCommand;
import xsh.shell.script.GroovyCommand;
import xsh.shell.repl.ClearCommand;
import xsh.shell.repl.HelpCommand;
import xsh.shell.sched.SchedCredit2Command;
import xsh.shell.sched.SchedCreditCommand;
import xsh.shell.vcpu.VcpuListCommand;
import xsh.shell.vcpu.VcpuPinCommand;
import xsh.shell.vcpu.VcpuSetCommand;
import xsh.shell.storage.TruncateCommand;
import xsh.shell.top.TopCommand;
import xsh.shell.zfs.ZfsCommand;

/**
 * The command table: {@code xsh} with its global options and every command as a subcommand. The
 * same table parses xsh's own arguments and every command line xsh reads (-c text, piped input,
 * the REPL), so a command works the same wherever it is typed.
 */
@Command(name = "xsh",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = {
            "xsh [GLOBAL OPTIONS] [COMMAND [ARGS...]]",
            "       xsh [GLOBAL OPTIONS] -c 'COMMAND; COMMAND...'",
            "       xsh [GLOBAL OPTIONS] FILE.xsh [ARGS...]",
        },
        description = {
            "An interactive shell and Groovy scripting DSL for Xen hosts.",
            "Without a command, xsh reads commands: at the xsh> prompt when stdin is a terminal, "
                + "otherwise line by line from stdin.",
            "",
        })
public final class XshCommand implements Callable<Integer> {

    /**
     * Every command, in the order help lists them: xl's, lifecycle then information; then xsh's
     * own. A command is registered by its line here.
     */
    static final List<Class<?>> COMMANDS = List.of(
            CreateCommand.class, ConfigUpdateCommand.class, ListCommand.class, InfoCommand.class,
            VmControlCommands.Pause.class, VmControlCommands.Unpause.class,
            ShutdownCommands.Shutdown.class, ShutdownCommands.Reboot.class,
            VmControlCommands.Destroy.class, VmControlCommands.Rename.class,
            SaveCommand.class, RestoreCommand.class, MigrateCommand.class, MigrateReceiveCommand.class,
            MemoryCommands.MemMax.class, MemoryCommands.MemSet.class,
            VcpuListCommand.class, VcpuPinCommand.class, VcpuSetCommand.class,
            SchedCreditCommand.class, SchedCredit2Command.class,
            CpupoolCreateCommand.class, CpupoolListCommand.class, CpupoolCommands.Destroy.class,
            CpupoolCommands.Rename.class, CpupoolCommands.CpuAdd.class, CpupoolCommands.CpuRemove.class,
            CpupoolCommands.Migrate.class, CpupoolCommands.NumaSplit.class,
            UptimeCommand.class, DomainNameCommands.Domid.class, DomainNameCommands.Domname.class,
            VmListCommand.class, DmesgCommand.class, LogCommand.class, ConsoleCommand.class, TopCommand.class,
            GuestSignalCommands.Trigger.class, GuestSignalCommands.Sysrq.class, DumpCoreCommand.class,
            ZfsCommand.class, TruncateCommand.class,
            CheckpointCommand.class,
            HostCommands.class, HostsCommand.class, ConnectCommand.class,
            CfgCommand.class, XlPrefixCommand.class, ClearCommand.class, ExitCommand.class,
            HelpCommand.class, CompletionCommand.class,
            GroovyCommand.class);

    /** The commands that read the table itself (help lists every command, completion scripts them). */
    private static final Set<Class<?>> TABLE_READERS = Set.of(HelpCommand.class, CompletionCommand.class);

    /** Whose words are parsed: the arguments xsh was started with, or a command line xsh read. */
    enum Scope { INVOCATION, COMMAND_LINE }

    /** An {@code exit} that ran, with its code if one was given. */
    record ExitRequest(Integer code) {
    }

    @Option(names = "-c", paramLabel = "'CMD; CMD...'", order = 0,
            description = "Run the commands and exit with the code of the first one that failed.")
    private String commands;

    @Mixin
    private GlobalOptions globals;

    private final Scope scope;
    private final HostConnector hosts;
    private ExitRequest exitRequest;
    private final AtomicLong commandsRun = new AtomicLong();
    private final List<Runnable> afterEachCommand = new CopyOnWriteArrayList<>();

    private XshCommand(GlobalOptions globals, Scope scope, HostConnector hosts) {
        this.globals = globals;
        this.scope = scope;
        this.hosts = hosts;
    }

    /** The embedded hosts under XSH_HOME, made only when a command needs a host. */
    static HostConnector embeddedHosts() {
        return HostConnector.embedded(XshHome::path);
    }

    /** The table for xsh's own arguments; option values land in {@code globals}. */
    static CommandLine forInvocation(GlobalOptions globals, ErrorReporter errors) {
        return forInvocation(globals, errors, embeddedHosts());
    }

    static CommandLine forInvocation(GlobalOptions globals, ErrorReporter errors, HostConnector hosts) {
        return configure(CommandTable.whole(new XshCommand(globals, Scope.INVOCATION, hosts), COMMANDS), errors);
    }

    /**
     * As {@link #forInvocation}, adding only the command the arguments name ({@code xsh list}), or
     * none ({@code xsh} alone, whose REPL makes its own table): for xsh's own arguments, which
     * are parsed once.
     */
    static CommandLine forInvocationOnDemand(GlobalOptions globals, ErrorReporter errors, HostConnector hosts) {
        return configure(CommandTable.onDemand(new XshCommand(globals, Scope.INVOCATION, hosts), COMMANDS,
                TABLE_READERS), errors);
    }

    /** The table as xsh's own arguments see it, for what is generated from it (the man pages). */
    public static CommandLine table() {
        GlobalOptions globals = new GlobalOptions();
        return forInvocation(globals, new ErrorReporter(System.err, globals::debug, ErrorReporter.Audience.COMMAND_LINE));
    }

    /** A table for command lines xsh reads; each line starts from the given global options. */
    static CommandLine forCommandLines(GlobalOptions globals, ErrorReporter errors) {
        return forCommandLines(globals, errors, embeddedHosts());
    }

    static CommandLine forCommandLines(GlobalOptions globals, ErrorReporter errors, HostConnector hosts) {
        return configure(CommandTable.whole(new XshCommand(globals, Scope.COMMAND_LINE, hosts), COMMANDS), errors);
    }

    /**
     * As {@link #forCommandLines}, adding each command when a line first names it: for lines read
     * once (-c, a pipe), which mostly use a command or two of the table.
     */
    static CommandLine forCommandLinesOnDemand(GlobalOptions globals, ErrorReporter errors, HostConnector hosts) {
        return configure(CommandTable.onDemand(new XshCommand(globals, Scope.COMMAND_LINE, hosts), COMMANDS,
                TABLE_READERS), errors);
    }

    /** A runner for command lines that start from a copy of {@code globals}. */
    static CommandRunner commandLineRunner(GlobalOptions globals, ErrorReporter.Audience audience, Ansi ansi) {
        return commandLineRunner(globals, audience, ansi, embeddedHosts());
    }

    static CommandRunner commandLineRunner(GlobalOptions globals, ErrorReporter.Audience audience, Ansi ansi,
                                           HostConnector hosts) {
        return commandLineRunner(globals, audience, ansi, hosts, XshCommand::forCommandLines);
    }

    /** A runner for lines read once (-c, a pipe): its table adds each command when a line names it. */
    static CommandRunner runnerOnDemand(GlobalOptions globals, Ansi ansi, HostConnector hosts) {
        return commandLineRunner(globals, ErrorReporter.Audience.COMMAND_LINE, ansi, hosts,
                XshCommand::forCommandLinesOnDemand);
    }

    private interface TableFactory {
        CommandLine make(GlobalOptions globals, ErrorReporter errors, HostConnector hosts);
    }

    private static CommandRunner commandLineRunner(GlobalOptions globals, ErrorReporter.Audience audience, Ansi ansi,
                                                   HostConnector hosts, TableFactory table) {
        GlobalOptions lineGlobals = globals.copy();
        ErrorReporter errors = new ErrorReporter(System.err, lineGlobals::debug, audience);
        CommandLine commandLine = table.make(lineGlobals, errors, hosts);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        return new CommandRunner(commandLine, errors);
    }

    /** {@code -c TEXT}: runs the commands in {@code text}; returns xsh's exit code. */
    static int runCommands(GlobalOptions globals, String text, HostConnector hosts) {
        CommandRunner runner = runnerOnDemand(globals, Ansi.AUTO, hosts);
        runner.run(text);
        return runner.exitCode();
    }

    private static CommandLine configure(CommandLine commandLine, ErrorReporter errors) {
        return commandLine
                // picocli would encode with the locale's charset: '?' for every non-ASCII byte under C
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                // so that -c help and -c '--version' mean what they say
                .setAllowSubcommandsAsOptionParameters(true)
                .setAllowOptionsAsOptionParameters(true)
                // a word such as tank@snap or @b is a name, never picocli's @argument-file
                .setExpandAtFiles(false)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setExecutionStrategy(XshCommand::execute);
    }

    private static int execute(ParseResult parsed) {
        CommandLine commandLine = parsed.commandSpec().commandLine();
        if (parsed.hasMatchedOption("-c")) {
            if (((XshCommand) commandLine.getCommand()).scope == Scope.COMMAND_LINE) {
                throw new ParameterException(commandLine, "-c is an option of xsh's own command line");
            }
            if (parsed.hasSubcommand()) {
                throw new ParameterException(commandLine, "-c and a command cannot be given together");
            }
        }
        XshCommand root = (XshCommand) commandLine.getCommand();
        if (parsed.hasSubcommand() && root.hosts.isRemote(root.globals)
                && !RemoteCommandLine.runsLocally(parsed.subcommand().commandSpec().name())) {
            try {
                return root.runRemotely(parsed);
            } catch (RuntimeException e) {
                // as a command's own failure: the table's handler reports it
                throw new ExecutionException(parsed.subcommand().commandSpec().commandLine(), e.getMessage(), e);
            } finally {
                root.commandRan();
            }
        }
        if (((XshCommand) commandLine.getCommand()).globals.dryRunAll() && DryRun.printedInstead(parsed)) {
            return 0; // --dry-run: the one place every command line passes before a command runs
        }
        try {
            return new RunLast().execute(parsed);
        } finally {
            if (parsed.hasSubcommand()) {
                ((XshCommand) commandLine.getCommand()).commandRan();
            }
        }
    }

    /**
     * The command line's command, run by the remote host's xsh: its words as typed, after the
     * global options that shape the output; what it prints passes through and its exit code is
     * the command's. (--dry-run goes along: the remote xsh prints what it would do.)
     */
    private int runRemotely(ParseResult parsed) {
        CommandLine table = parsed.commandSpec().commandLine();
        String[] args = parsed.originalArgs().toArray(String[]::new);
        int at = ((CommandTable) table).commandWordIndex(args);
        List<String> words = List.of(args).subList(at, args.length);
        table.getOut().flush();
        table.getErr().flush();
        System.out.flush();
        SshSession.Input input = RemoteCommandLine.input(scope == Scope.INVOCATION);
        int code = hosts.remote(globals.host()).run(RemoteCommandLine.arguments(globals, words), input);
        if (code == CommandRunner.INTERRUPTED && input == SshSession.Input.TERMINAL) {
            // Ctrl-C went to the remote xsh, which ended without a word: said here as for a local command
            table.getErr().println();
            throw new XshException("xsh: interrupted", CommandRunner.INTERRUPTED);
        }
        return code;
    }

    private void commandRan() {
        commandsRun.incrementAndGet();
        afterEachCommand.forEach(Runnable::run);
    }

    /**
     * How many commands this table has run, whether they succeeded or not: what was read from
     * the host before the count last changed may be out of date.
     */
    public long commandsRun() {
        return commandsRun.get();
    }

    /** Has {@code listener} run, on the command's thread, each time a command of this table has run. */
    public void afterEachCommand(Runnable listener) {
        afterEachCommand.add(listener);
    }

    /** The root of the table a command runs in: its global options and its host. */
    public static XshCommand of(CommandSpec spec) {
        return (XshCommand) spec.root().userObject();
    }

    /** The global options in effect for the command being run. */
    public GlobalOptions globals() {
        return globals;
    }

    /** The hosts commands work on. */
    public HostConnector hosts() {
        return hosts;
    }

    /** Opens the host the global options select; the caller closes it. */
    public Hypervisor openHost() {
        return hosts.open(globals);
    }

    /** Opens the host, asks it one thing and closes it: the answer, for the command to print. */
    public <T> T fromHost(Function<Hypervisor, T> query) {
        try (Hypervisor hv = openHost()) {
            return query.apply(hv);
        }
    }

    /** Opens the host, acts on it and closes it. */
    public void onHost(Consumer<Hypervisor> action) {
        try (Hypervisor hv = openHost()) {
            action.accept(hv);
        }
    }

    /** Whether the command runs under the xl front end: xl's exact bytes and quirks (a failed pause exits 0). */
    public boolean xlCompatible() {
        return globals.xlCompatible();
    }

    /** Whether output should be JSON: the global {@code --json} or the command's own. */
    public boolean json(boolean commandOption) {
        return commandOption || globals.json();
    }

    void requestExit(Integer code) {
        exitRequest = new ExitRequest(code);
    }

    ExitRequest takeExitRequest() {
        ExitRequest request = exitRequest;
        exitRequest = null;
        return request;
    }

    @Override
    public Integer call() throws IOException {
        if (scope == Scope.COMMAND_LINE) {
            return 0; // a line of global options only: nothing to run
        }
        if (commands != null) {
            return runCommands(globals, commands, hosts);
        }
        if (Repl.standardStreamsAreTerminals()) {
            return Repl.start(commandLineRunner(globals, ErrorReporter.Audience.REPL, Ansi.AUTO, hosts), XshHome.path());
        }
        globals.readCommandsFromPipe();
        CommandRunner runner = runnerOnDemand(globals, Ansi.OFF, hosts);
        return runner.runLines(new BufferedReader(new InputStreamReader(System.in)));
    }
}
