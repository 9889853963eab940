package xsh.shell.cfg;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.error.XshException;

/**
 * {@code cfg check FILE…}: every syntax error, the error xl would stop at, every warning,
 * and the keys xl would silently ignore; exit 1 if any file has an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check domain configuration files as xl create would read them (cpupool files as "
                + "xl cpupool-create would): every error and warning, as FILE:LINE:COLUMN: message. "
                + "Exit 0 when all are valid, 1 otherwise.")
public final class CfgCheckCommand implements Callable<Integer> {

    @Option(names = "--cpupool", description = "The files are cpupool configurations (xl cpupool-create).")
    boolean cpupool;

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
                TypedFile typed = ConfigFiles.read(file, cpupool);
                ConfigFiles.print(typed.findings(), err);
                failed |= !typed.usable();
            } catch (XshException e) {
                err.println(e.getMessage());
                err.flush();
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }
}
