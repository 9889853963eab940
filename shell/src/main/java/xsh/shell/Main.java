package xsh.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import xsh.shell.backend.HostConnector;
import xsh.shell.remote.SshSession;
import xsh.shell.script.ScriptCommandLine;
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
        int exitCode = Training.isRequested(args) ? Training.run(Arrays.copyOfRange(args, 1, args.length)) : run(args);
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
    static int run(String... arguments) {
        return run(XshCommand.embeddedHosts(), arguments);
    }

    /** As {@link #run(String...)}, with xsh's own commands working on {@code hosts}. */
    static int run(HostConnector hosts, String... arguments) {
        if (arguments.length == 1 && (arguments[0].equals("--version") || arguments[0].equals("-V"))) {
            // what picocli would print, without building the command table for it first
            for (String line : new VersionProvider().getVersion()) {
                System.out.println(line);
            }
            return 0;
        }
        GlobalOptions globals = new GlobalOptions();
        String[] args = frontEndHost(arguments, globals);
        boolean frontEnd = args.length > 0 && (args[0].equals("zfs") || args[0].equals(XlFrontEnd.NAME));
        if (frontEnd && hosts.isRemote(globals)) {
            return remoteFrontEnd(hosts, globals, args);
        }
        if (args.length > 0 && args[0].equals("zfs")) {
            return ZfsFrontEnd.run(globals, Arrays.copyOfRange(args, 1, args.length));
        }
        boolean xl = args.length > 0 && args[0].equals(XlFrontEnd.NAME);
        Optional<ScriptCommandLine> script = xl ? Optional.empty() : ScriptCommandLine.parse(args);
        if (script.isPresent()) {
            return script.get().run(hosts);
        }
        Optional<OneShot> oneShot = xl ? Optional.empty() : OneShot.parse(args);
        if (oneShot.isPresent()) {
            return oneShot.get().run(hosts);
        }
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug,
                xl ? ErrorReporter.Audience.XL : ErrorReporter.Audience.COMMAND_LINE);
        try {
            // xl's front end looks its commands up in the table; anything else is parsed once
            CommandLine xsh = xl ? XshCommand.forInvocation(globals, errors, hosts)
                    : XshCommand.forInvocationOnDemand(globals, errors, hosts);
            if (xl) {
                return new XlFrontEnd(xsh, globals, System.out, System.err).run(Arrays.asList(args).subList(1, args.length));
            }
            return xsh.execute(args);
        } catch (RuntimeException | Error e) {
            return errors.report(e);
        }
    }

    /** {@code xsh --host ssh://... xl|zfs ARGS...}: the remote host's xsh runs the front end, byte for byte. */
    private static int remoteFrontEnd(HostConnector hosts, GlobalOptions globals, String[] args) {
        ErrorReporter errors = new ErrorReporter(System.err, globals::debug, ErrorReporter.Audience.XL);
        try {
            return hosts.remote(globals.host()).run(Arrays.asList(args), SshSession.Input.INHERIT);
        } catch (RuntimeException e) {
            return errors.report(e);
        }
    }

    /**
     * {@code xsh --host NAME xl ARGS...} (or {@code zfs}): the host goes to {@code globals}
     * and the front end gets the rest; any other command line is left whole for picocli.
     */
    static String[] frontEndHost(String[] args, GlobalOptions globals) {
        String host = null;
        int at = 0;
        if (args.length >= 2 && args[0].equals("--host")) {
            host = args[1];
            at = 2;
        } else if (args.length >= 1 && args[0].startsWith("--host=")) {
            host = args[0].substring("--host=".length());
            at = 1;
        }
        if (host == null || at >= args.length || !(args[at].equals("zfs") || args[at].equals(XlFrontEnd.NAME))) {
            return args;
        }
        globals.selectHost(host);
        return Arrays.copyOfRange(args, at, args.length);
    }
}
