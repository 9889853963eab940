package xsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.xl.XlFrontEnd;

/**
 * {@code xl ARGS...} typed to xsh (at the prompt, in -c text, piped): xl's command line, as
 * {@code xsh xl ARGS...} runs it, with xl's output, messages and exit code, on the host the
 * line's global options select. Every word after {@code xl} is xl's, options included.
 */
@Command(name = XlFrontEnd.NAME, modelTransformer = XlPrefixCommand.AllWordsAreXls.class,
        description = "Run an xl command line (xl list, xl save -p DOMAIN FILE, ...): xl's output, messages and exit codes.")
public final class XlPrefixCommand implements Callable<Integer> {

    /** picocli must not read xl's options: the words go to xl's own getopt, in their order. */
    static final class AllWordsAreXls implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true).stopAtPositional(true);
            return spec;
        }
    }

    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "xl's global options, command and its arguments.")
    private List<String> args = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        GlobalOptions globals = xsh.globals().copy(); // xl's quirks stay with this command
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug, ErrorReporter.Audience.XL);
        CommandLine xl = XshCommand.forInvocation(globals, errors, xsh.hosts())
                .setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr());
        try {
            return new XlFrontEnd(xl, globals, System.out, System.err).run(args);
        } catch (RuntimeException e) {
            return errors.report(e);
        }
    }
}
