package xsh.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.error.XshException;
import xsh.shell.xl.XlFrontEnd;

/**
 * {@code xl ARGS...} typed to xsh (at the prompt, in -c text, piped): xl's command line, as
 * {@code xsh xl ARGS...} runs it, with xl's output, messages and exit code, on the host the
 * line's global options select. Every word after {@code xl} is xl's, options included. A
 * failure that is not one of xl's messages (Ctrl-C's interruption, a bug) is left to xsh's
 * own reporting, as for any command at the prompt.
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
    public Integer call() throws Exception {
        XshCommand xsh = XshCommand.of(spec);
        GlobalOptions globals = xsh.globals().copy(); // xl's quirks stay with this command
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug, ErrorReporter.Audience.XL);
        CommandLine xl = XshCommand.forInvocation(globals, errors, xsh.hosts())
                .setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr());
        Exception[] otherFailure = new Exception[1];
        IExecutionExceptionHandler xlMessages = xl.getExecutionExceptionHandler();
        xl.setExecutionExceptionHandler((failure, failed, parsed) -> {
            if (failure instanceof XshException) {
                return xlMessages.handleExecutionException(failure, failed, parsed);
            }
            otherFailure[0] = failure; // picocli would print a stack trace for an exception thrown here
            return 1;
        });
        int code;
        try {
            code = new XlFrontEnd(xl, globals, System.out, System.err).run(args);
        } catch (XshException e) {
            return errors.report(e);
        }
        if (otherFailure[0] != null) {
            throw otherFailure[0];
        }
        return code;
    }
}
