package xsh.shell.docs;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code completion bash|zsh}: the script that makes the user's shell complete xsh's command
 * line, generated from the live command table so that it never falls behind a new command or
 * option.
 */
@Command(name = "completion", sortOptions = false,
        description = {
            "Print the script that completes xsh's commands and options in bash or zsh.",
            "Load it for this session with: source <(xsh completion bash)",
            "or for every session by adding that line to ~/.bashrc (~/.zshrc for zsh).",
        })
public final class CompletionCommand implements Callable<Integer> {

    /** The shells the script is written for; naming the shell leaves room for a script of zsh's own. */
    public enum Shell { bash, zsh }

    /** How picocli's script turns off the shell's own completion (file names) for the rest of a command. */
    private static final String NO_DEFAULT_COMPLETION = "type compopt &>/dev/null && compopt +o default";

    /** A case of picocli's script for an option whose value it cannot guess: it offers nothing. */
    private static final String NOTHING_TO_OFFER = "\n      return\n      ;;";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "bash|zsh", description = "The shell to complete in: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(script(spec.root().commandLine())); // one script for both shells: see script()
        out.flush();
        return 0;
    }

    /**
     * The script for {@code table}'s commands. picocli writes one script for both shells: zsh
     * runs it through its bash compatibility layer (bashcompinit), which the script loads itself.
     */
    public static String script(CommandLine table) {
        return withFileNamesForArguments(AutoComplete.bash(table.getCommandName(), table));
    }

    /**
     * picocli's script turns off bash's file name completion for every word of a command that
     * has an option taking a value, so that {@code xsh create deb<TAB>} would offer nothing
     * where {@code xsh cfg check deb<TAB>} offers debian.cfg. Turned off only after such an
     * option, a command's arguments complete as file names whenever the table has nothing better.
     */
    static String withFileNamesForArguments(String script) {
        return script.replace("  " + NO_DEFAULT_COMPLETION + "\n\n", "")
                .replace(NOTHING_TO_OFFER, "\n      " + NO_DEFAULT_COMPLETION + NOTHING_TO_OFFER);
    }
}
