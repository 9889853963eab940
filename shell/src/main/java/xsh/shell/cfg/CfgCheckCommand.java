package xsh.shell.cfg;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.parse.ParsedConfig;
import xsh.error.XshException;

/** {@code cfg check FILE…}: every error and warning of every file, exit 1 if any file has an error. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check xl.cfg files as xl would read them: every error and warning, "
                + "as FILE:LINE:COLUMN: message. Exit 0 when all are valid, 1 otherwise.")
public final class CfgCheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Configuration files to check.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (String file : files) {
            try {
                ParsedConfig parsed = ConfigFiles.parse(file);
                for (Diagnostic diagnostic : parsed.diagnostics()) {
                    err.println(diagnostic.render());
                }
                failed |= parsed.hasErrors();
            } catch (XshException e) {
                err.println(e.getMessage());
                failed = true;
            }
        }
        err.flush();
        return failed ? 1 : 0;
    }
}
