package xsh.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import xsh.shell.xl.XlFrontEnd;
import xsh.shell.zfs.ZfsFrontEnd;

/** Entry point of {@code xsh}; bin/xsh starts it. */
public final class Main {

    private static final String DISABLE_CLOSURES = "picocli.disable.closures";

    private Main() {
    }

    public static void main(String[] args) {
        // First: otherwise picocli probes for groovy.lang.Closure, which costs ~150 ms per start.
        if (System.getProperty(DISABLE_CLOSURES) == null) {
            System.setProperty(DISABLE_CLOSURES, "true");
        }
        useUtf8Output();
        int exitCode = args.length == 1 && args[0].equals(Training.OPTION) ? Training.run() : run(args);
        System.out.flush();
        System.exit(exitCode);
    }

    /**
     * Xen's names and paths are UTF-8 bytes; under a C or POSIX locale Java would print every
     * non-ASCII character as '?'. So xsh writes UTF-8 whatever the locale says.
     */
    private static void useUtf8Output() {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /**
     * Runs xsh with the given arguments; returns its exit code. {@code xsh xl ARGS...} is xl's
     * command line, {@code xsh zfs ARGS...} zfs's.
     */
    static int run(String... args) {
        if (args.length > 0 && args[0].equals("zfs")) {
            return ZfsFrontEnd.run(Arrays.copyOfRange(args, 1, args.length));
        }
        GlobalOptions globals = new GlobalOptions();
        boolean xl = args.length > 0 && args[0].equals(XlFrontEnd.NAME);
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug,
                xl ? ErrorReporter.Audience.XL : ErrorReporter.Audience.COMMAND_LINE);
        try {
            CommandLine xsh = XshCommand.forInvocation(globals, errors);
            if (xl) {
                return new XlFrontEnd(xsh, globals, System.out, System.err).run(Arrays.asList(args).subList(1, args.length));
            }
            return xsh.execute(args);
        } catch (RuntimeException | Error e) {
            return errors.report(e);
        }
    }
}
