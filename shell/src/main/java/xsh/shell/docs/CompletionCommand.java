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

    /** The shells the script is written for. */
    public enum Shell { bash, zsh }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "bash|zsh", description = "The shell to complete in: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(script(spec.root().commandLine(), shell));
        out.flush();
        return 0;
    }

    /**
     * The script for {@code table}'s commands. picocli writes one script for both shells: zsh
     * runs it through its bash compatibility layer (bashcompinit), which the script loads itself.
     */
    public static String script(CommandLine table, Shell shell) {
        return AutoComplete.bash(table.getCommandName(), table);
    }
}
