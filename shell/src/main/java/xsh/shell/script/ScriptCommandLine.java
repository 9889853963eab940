package xsh.shell.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import xsh.shell.GlobalOptions;
import xsh.shell.backend.HostConnector;

/**
 * {@code xsh [GLOBAL OPTIONS] FILE [ARGS...]}: a script to run, told from a command by its first
 * word, which names a file: it ends with {@code .xsh} or is a path ({@code ./deploy},
 * {@code /usr/local/bin/evacuate}: what the kernel passes for a {@code #!/usr/bin/env xsh} file).
 * Deciding takes no look at the disk and no Groovy class; every word after the file is the
 * script's, options included.
 */
@Command(name = "xsh")
public final class ScriptCommandLine {

    @Mixin
    private GlobalOptions globals = new GlobalOptions();

    @Parameters
    private List<String> words = new ArrayList<>();

    private ScriptCommandLine() {
    }

    /** The script {@code args} name with its global options and arguments; empty for any other command line. */
    public static Optional<ScriptCommandLine> parse(String[] args) {
        if (!anyNamesScript(args)) {
            return Optional.empty(); // the cheap test first: no word that could name a script, no parsing
        }
        ScriptCommandLine script = new ScriptCommandLine();
        try {
            new CommandLine(script).setStopAtPositional(true).setExpandAtFiles(false).parseArgs(args);
        } catch (ParameterException e) {
            return Optional.empty(); // xsh's own parser says what is wrong
        }
        return !script.words.isEmpty() && namesScript(script.words.get(0)) ? Optional.of(script) : Optional.empty();
    }

    private static boolean anyNamesScript(String[] args) {
        for (String arg : args) { // not a stream: every start of xsh passes here, and a lambda costs its bootstrap
            if (namesScript(arg)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word names a script file rather than a command. */
    static boolean namesScript(String word) {
        return !word.startsWith("-") && (word.endsWith(".xsh") || word.indexOf('/') >= 0);
    }

    /** The script's file as given. */
    public String file() {
        return words.get(0);
    }

    /** The arguments after the file. */
    public List<String> args() {
        return words.subList(1, words.size());
    }

    public GlobalOptions globals() {
        return globals;
    }

    /** Runs the script on {@code hosts}; returns xsh's exit code. Groovy loads from here on. */
    public int run(HostConnector hosts) {
        return ScriptMain.run(this, hosts);
    }
}
