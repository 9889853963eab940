package xsh.shell.completion;

import org.jline.reader.Completer;
import org.jline.reader.impl.completer.SystemCompleter;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliCommands;

/** What Tab offers at the {@code xsh>} prompt: the command table's commands and options. */
public final class ReplCompletion {

    private ReplCompletion() {
    }

    /** {@code commandLine} is the REPL's command table; its command is the root {@code XshCommand}. */
    public static Completer completer(CommandLine commandLine) {
        SystemCompleter completer = new PicocliCommands(commandLine).compileCompleters();
        completer.compile();
        return completer;
    }
}
