package xsh.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code exit [CODE]}: stop reading commands, at the prompt as in -c text or piped input. */
@Command(name = "exit", description = "Leave xsh; with CODE, exit with it.")
public final class ExitCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "Exit code, 0 to 255.")
    private Integer code;

    @ParentCommand
    private XshCommand xsh;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (code != null && (code < 0 || code > 255)) {
            throw new ParameterException(spec.commandLine(), "exit code must be 0 to 255, not " + code);
        }
        xsh.requestExit(code);
        return code == null ? 0 : code; // what `xsh exit 3` exits with; lines read by xsh use the request
    }
}
