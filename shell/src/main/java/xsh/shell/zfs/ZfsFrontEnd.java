package xsh.shell.zfs;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import xsh.hv.Hypervisor;
import xsh.shell.GlobalOptions;
import xsh.shell.XshHome;
import xsh.shell.backend.HostConnector;

/**
 * {@code xsh zfs ARGS...}: behaves as {@code zfs ARGS...} on the default embedded host, byte
 * for byte on stdout and stderr and with zfs's exit codes, so sh scripts that call zfs run
 * unchanged. {@code send} writes its stream to stdout and {@code receive} reads stdin.
 */
public final class ZfsFrontEnd {

    private ZfsFrontEnd() {
    }

    /** Runs {@code zfs args...} on the host {@code globals} select; returns the exit code. */
    public static int run(GlobalOptions globals, String... args) {
        HostConnector hosts = HostConnector.embedded(XshHome::path);
        return run(List.of(args), () -> hosts.open(globals), new StandardIo(System.in,
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                StandardStreams::stdinIsTerminal, StandardStreams::stdoutIsTerminal));
    }

    /** The process's streams, and whether stdin and stdout are terminals. */
    record StandardIo(InputStream stdin, OutputStream stdout, OutputStream stderr,
                      BooleanSupplier stdinIsTerminal, BooleanSupplier stdoutIsTerminal) {
    }

    static int run(List<String> args, Supplier<Hypervisor> host, StandardIo standard) {
        OutputStream stdout = standard.stdout();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(standard.stderr(), StandardCharsets.UTF_8), false);
        ZfsInvocation.Io io = new ZfsInvocation.TextAndBytes(out, err, stdout, standard.stdin(),
                standard.stdoutIsTerminal(), standard.stdinIsTerminal());
        int code = ZfsInvocation.run(args, host, io, ZfsInvocation.Extras.NONE);
        out.flush();
        err.flush();
        try {
            stdout.flush();
        } catch (java.io.IOException e) {
            return code == 0 ? 1 : code;
        }
        return code;
    }
}
