package xsh.shell.script;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.CommandLineText;

/**
 * {@code groovy CODE}: Groovy with the DSL and the built-ins, typed at the prompt (there also as
 * {@code :g CODE}, the rest of the line as it is, unsplit), in -c text or piped. One Groovy session
 * per command table, so per REPL session: variables assigned without {@code def} stay for the
 * next line. The value of the code is printed unless it is null; a failure is told as a script's
 * ({@code groovy:LINE: message}) with its exit code. Groovy loads on the first use.
 */
@Command(name = "groovy", modelTransformer = GroovyCommand.AllWordsAreCode.class,
        description = {
            "Run Groovy with xsh's DSL: groovy 'def d = 512.MiB; d.mib()'. At the prompt, :g CODE takes the rest "
                + "of the line as it is. Variables set without def stay for the session; the value is printed unless null.",
        })
public final class GroovyCommand implements Callable<Integer> {

    /** What starts a line of Groovy at the prompt. */
    static final String PROMPT_PREFIX = ":g";

    /** Every word is code, options included: {@code groovy -1 + 2}. */
    public static final class AllWordsAreCode implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true).stopAtPositional(true);
            return spec;
        }
    }

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "Groovy code; the words are joined by spaces.")
    private List<String> words = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private InlineGroovy session;

    /**
     * A REPL line as the command table reads it: {@code :g CODE} becomes {@code groovy 'CODE'}
     * so that the code reaches Groovy unsplit; any other line is left as it is.
     */
    public static String fromPrompt(String line) {
        String text = line.stripLeading();
        if (!text.startsWith(PROMPT_PREFIX) || text.length() > 2 && !Character.isWhitespace(text.charAt(2))) {
            return line;
        }
        return CommandLineText.of(List.of("groovy", text.substring(2).strip()));
    }

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (session == null) {
            session = new InlineGroovy(xsh.hosts(), xsh.globals(), out, err);
        }
        return session.evaluate(String.join(" ", words));
    }
}
