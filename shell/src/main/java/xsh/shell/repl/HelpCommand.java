package xsh.shell.repl;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND [SUBCOMMAND...]]}: without a command, xsh's usage with every command and
 * the keys of the prompt; with one, that command's usage ({@code help cfg show}: a
 * subcommand's). The usage is the command table's own, so help never disagrees with it.
 */
@Command(name = "help", helpCommand = true,
        description = "Show every command and the prompt's keys; with COMMAND, its usage.")
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {

    /** What the prompt does with keys, which no command's usage tells. */
    static final List<String> KEYS = List.of(
            "",
            "Keys at the xsh> prompt:",
            "  Tab           Complete a command, option or name.",
            "  Ctrl-R        Search the history (kept in XSH_HOME/history).",
            "  Right, End    Take the faint suggestion from the history.",
            "  Ctrl-C        Drop the line being typed; stop the running command.",
            "  Ctrl-D        Leave xsh, as exit does.",
            "Several commands on one line: COMMAND; COMMAND...");

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "The command (and subcommands) to show the usage of.")
    private List<String> commands = List.of();

    private CommandLine self;
    private Help.ColorScheme colorScheme;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colorScheme = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String name : commands) {
            CommandLine sub = command.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(command, "Unknown subcommand '" + name + "'.", null, name);
            }
            command = sub;
        }
        command.usage(out, colorScheme);
        if (commands.isEmpty()) {
            KEYS.forEach(out::println);
        }
        out.flush();
    }
}
