package xsh.shell.migrate;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.toolstack.migrate.MigrationReceiver;
import xsh.toolstack.migrate.ReceiverFlags;

/**
 * {@code migrate-receive [-F] [-e] [-d] [-r] [-p]}: the receiving end of {@code migrate}, which
 * the sender starts over ssh (or as a local process for {@code local:NAME}). Its stdin and
 * stdout are the migration stream, read and written raw; nothing else may reach stdout, so
 * while it runs {@code System.out} is stderr, and its {@code migration target:} lines, like any
 * error, go to stderr.
 */
@ChangesState
@Command(name = "migrate-receive", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "The receiving end of migrate, started by it on the target host: for internal use only.",
            "Reads the migration stream on stdin and answers on stdout; its messages go to stderr.",
        })
public final class MigrateReceiveCommand implements Callable<Integer> {

    @Option(names = "-F", description = "Accepted, as by xl: the host runs the monitor.")
    boolean foreground;

    @Option(names = "-e", description = "Do not monitor the domain (its on_* actions do not run).")
    boolean noMonitor;

    @Option(names = "-d", description = "The stream carries debug checks.")
    boolean debug;

    @Option(names = "-r", description = "Accepted, as by xl (remus).")
    boolean remus;

    @Option(names = "-p", description = "Leave the domain paused once it has arrived.")
    boolean paused;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out); // unbuffered: each handshake goes at once
        InputStream stdin = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        PrintStream saved = System.out;
        System.setOut(System.err);
        try {
            return receive(stdin, stdout);
        } finally {
            System.setOut(saved);
        }
    }

    /** Receives on {@code in} and {@code out}, the messages on stderr. */
    int receive(InputStream in, OutputStream out) {
        XshCommand xsh = XshCommand.of(spec);
        ReceiverFlags flags = new ReceiverFlags(paused, !noMonitor, debug);
        PrintWriter err = spec.commandLine().getErr();
        try (Hypervisor hv = xsh.openHost()) {
            if (hv.nativeToolstack().isPresent()) {
                // a real Dom0's xl migrate starts the target's own xl migrate-receive; xsh's stream is not xl's
                throw new XshException("migrate-receive: on a real Dom0 xl migrate-receive receives; "
                        + "xsh's receiver is the embedded host's", 1);
            }
            new MigrationReceiver(hv, xsh.hosts().home(xsh.globals())).receive(flags, in, out, line -> {
                err.println(line);
                err.flush();
            });
        }
        return 0;
    }
}
