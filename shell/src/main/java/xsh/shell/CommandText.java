package xsh.shell;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import xsh.error.XshException;
import xsh.shell.backend.HostConnector;
import xsh.shell.dryrun.CommandLineText;

/**
 * Command lines run from Groovy (a script's {@code xsh 'pause debian'}, the prompt's inline
 * Groovy): split and run as -c text is, through the one command table, so {@code --dry-run} and
 * every command's output are the same; but a failure is thrown to the script, which tells it with
 * the script's line, instead of being printed here.
 */
public final class CommandText {

    private final CommandLine table;
    private RuntimeException failure;

    /** Commands that start from a copy of {@code globals} and print to {@code out} and {@code err}. */
    public CommandText(GlobalOptions globals, HostConnector hosts, PrintWriter out, PrintWriter err) {
        GlobalOptions lineGlobals = globals.copy();
        ErrorReporter unused = new ErrorReporter(System.err, lineGlobals::debug, ErrorReporter.Audience.COMMAND_LINE);
        table = XshCommand.forCommandLines(lineGlobals, unused, hosts)
                .setOut(out)
                .setErr(err)
                .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
        table.setExecutionExceptionHandler((thrown, commandLine, parsed) -> {
            failure = thrown instanceof RuntimeException runtime ? runtime : new XshException(thrown.toString(), 1, thrown);
            return 1;
        });
        table.setParameterExceptionHandler((thrown, args) -> {
            String command = thrown.getCommandLine().getCommandSpec().qualifiedName(" ");
            failure = new XshException(command + ": " + thrown.getMessage(),
                    thrown.getCommandLine().getCommandSpec().exitCodeOnInvalidInput(), thrown);
            return 2;
        });
    }

    /** Runs every command of {@code text} in turn; the first that fails ends it by throwing. Returns 0. */
    public int run(String text) {
        for (List<String> words : CommandLineSplitter.split(text)) {
            failure = null;
            int code = table.execute(words.toArray(String[]::new));
            ((XshCommand) table.getCommand()).takeExitRequest(); // exit ends xsh's own input, not a script
            if (failure != null) {
                throw failure;
            }
            if (code != 0) {
                throw new XshException("'" + CommandLineText.of(words) + "' failed with exit code " + code, code);
            }
        }
        return 0;
    }
}
