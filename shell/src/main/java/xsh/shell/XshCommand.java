package xsh.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import xsh.shell.cfg.CfgCommand;

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
        },
        description = {
            "An interactive shell and Groovy scripting DSL for Xen hosts.",
            "Without a command, xsh reads commands: at the xsh> prompt when stdin is a terminal, "
                + "otherwise line by line from stdin.",
            "",
        },
        subcommands = {CfgCommand.class, ExitCommand.class, HelpCommand.class})
public final class XshCommand implements Callable<Integer> {

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
    private ExitRequest exitRequest;

    private XshCommand(GlobalOptions globals, Scope scope) {
        this.globals = globals;
        this.scope = scope;
    }

    /** The table for xsh's own arguments; option values land in {@code globals}. */
    static CommandLine forInvocation(GlobalOptions globals, ErrorReporter errors) {
        return configure(new CommandLine(new XshCommand(globals, Scope.INVOCATION)), errors);
    }

    /** A table for command lines xsh reads; each line starts from the given global options. */
    static CommandLine forCommandLines(GlobalOptions globals, ErrorReporter errors) {
        return configure(new CommandLine(new XshCommand(globals, Scope.COMMAND_LINE)), errors);
    }

    /** A runner for command lines that start from a copy of {@code globals}. */
    static CommandRunner commandLineRunner(GlobalOptions globals, ErrorReporter.Audience audience, Ansi ansi) {
        GlobalOptions lineGlobals = globals.copy();
        ErrorReporter errors = new ErrorReporter(System.err, lineGlobals::debug, audience);
        CommandLine commandLine = forCommandLines(lineGlobals, errors);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        return new CommandRunner(commandLine, errors);
    }

    private static CommandLine configure(CommandLine commandLine, ErrorReporter errors) {
        return commandLine
                // picocli would encode with the locale's charset: '?' for every non-ASCII byte under C
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                // so that -c help and -c '--version' mean what they say
                .setAllowSubcommandsAsOptionParameters(true)
                .setAllowOptionsAsOptionParameters(true)
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
        return new RunLast().execute(parsed);
    }

    /** The global options in effect for the command being run. */
    public GlobalOptions globals() {
        return globals;
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
            CommandRunner runner = commandLineRunner(globals, ErrorReporter.Audience.COMMAND_LINE, Ansi.AUTO);
            runner.run(commands);
            return runner.exitCode();
        }
        if (Repl.standardStreamsAreTerminals()) {
            return Repl.start(commandLineRunner(globals, ErrorReporter.Audience.REPL, Ansi.AUTO), XshHome.path());
        }
        CommandRunner runner = commandLineRunner(globals, ErrorReporter.Audience.COMMAND_LINE, Ansi.OFF);
        return runner.runLines(new BufferedReader(new InputStreamReader(System.in)));
    }
}
