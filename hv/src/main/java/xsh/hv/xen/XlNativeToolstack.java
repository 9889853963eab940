package xsh.hv.xen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import xsh.hv.DomainInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.NativeProgress;
import xsh.hv.NativeToolstack;
import xsh.hv.command.Completed;
import xsh.hv.command.ProgramException;
import xsh.hv.command.ProgramRunner;

/**
 * xl's own save, restore, migrate, dump-core and console on the Dom0 {@link XenHypervisor}
 * drives: each one {@code xl -t ...} run whose stderr is read as it comes for progress
 * ({@code -t} makes libxc report it), a failure thrown in xl's words.
 */
final class XlNativeToolstack implements NativeToolstack {

    /** A save, restore or migration moves a whole guest: it may take long, but not forever. */
    private static final Duration MOVE_LIMIT = Duration.ofDays(1);
    private static final Duration FILE_LIMIT = Duration.ofMinutes(1);

    private final Xl xl;
    private final XenHypervisor host;

    XlNativeToolstack(Xl xl, XenHypervisor host) {
        this.xl = xl;
        this.host = host;
    }

    @Override
    public void save(int domid, String file, Optional<String> configFile, SaveFlags flags, NativeProgress progress) {
        List<String> args = new ArrayList<>(List.of("-t", "save"));
        flag(args, flags.checkpoint(), "-c");
        flag(args, flags.leavePaused(), "-p");
        flag(args, flags.preserveDomid(), "-D");
        args.add(Integer.toString(domid));
        args.add(file);
        configFile.ifPresent(args::add);
        run(args, progress);
    }

    /** The domain the restore made: the one that was not there before. */
    @Override
    public DomainInfo restore(Optional<String> configFile, String file, RestoreFlags flags, NativeProgress progress) {
        Set<Integer> before = host.domains().stream().map(DomainInfo::domid).collect(Collectors.toSet());
        List<String> args = new ArrayList<>(List.of("-t", "restore"));
        flag(args, flags.paused(), "-p");
        flag(args, flags.noMonitor(), "-e");
        flag(args, flags.debug(), "-d");
        configFile.ifPresent(args::add);
        args.add(file);
        run(args, progress);
        return host.domains().stream().filter(d -> !before.contains(d.domid())).reduce((a, b) -> b)
                .orElseThrow(() -> new HvException(HvError.FAIL, "xl restored " + file + ", but no new domain is there"));
    }

    @Override
    public void migrate(int domid, String destination, MigrateFlags flags, NativeProgress progress) {
        List<String> args = new ArrayList<>(List.of("-t", "migrate"));
        flags.sshCommand().ifPresent(ssh -> args.addAll(List.of("-s", ssh)));
        flags.configFile().ifPresent(cfg -> args.addAll(List.of("-C", cfg)));
        flag(args, flags.noMonitor(), "-e");
        flag(args, flags.foreground(), "-F");
        flag(args, flags.paused(), "-p");
        flag(args, flags.debug(), "--debug");
        args.add(Integer.toString(domid));
        args.add(destination);
        run(args, progress);
    }

    /** Silent unless it fails; as long as a save may take, for it writes all of the guest's memory. */
    @Override
    public void dumpCore(int domid, String file) {
        xl.stream(List.of("dump-core", Integer.toString(domid), file), OutputStream.nullOutputStream(), MOVE_LIMIT);
    }

    /** {@code xl console [-t TYPE] [-n NUM] DOMID}, over {@code ssh -t} on a remote Dom0. */
    @Override
    public ProcessBuilder console(int domid, Optional<String> type, int number) {
        List<String> argv = new ArrayList<>(List.of("xl", "console"));
        type.ifPresent(t -> argv.addAll(List.of("-t", t)));
        if (number > 0) {
            argv.addAll(List.of("-n", Integer.toString(number)));
        }
        argv.add(Integer.toString(domid));
        return new ProcessBuilder(xl.runner().terminalCommandLine(argv));
    }

    @Override
    public void renameFile(String from, String to) {
        ProgramRunner runner = xl.runner();
        if (runner.isLocal()) {
            try {
                Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new HvException(HvError.FAIL, "cannot rename " + from + " to " + to + ": " + e.getMessage());
            }
        } else {
            file(List.of("mv", "-f", "--", from, to));
        }
    }

    @Override
    public void removeFile(String path) {
        ProgramRunner runner = xl.runner();
        if (runner.isLocal()) {
            try {
                Files.deleteIfExists(Path.of(path));
            } catch (IOException e) {
                throw new HvException(HvError.FAIL, "cannot remove " + path + ": " + e.getMessage());
            }
        } else {
            file(List.of("rm", "-f", "--", path));
        }
    }

    private void file(List<String> argv) {
        Completed done;
        try {
            done = xl.runner().run(argv, FILE_LIMIT);
        } catch (ProgramException e) {
            throw new HvException(HvError.FAIL, e.getMessage());
        }
        if (!done.succeeded()) {
            throw new HvException(HvError.FAIL, done.stderr().strip());
        }
    }

    private void run(List<String> args, NativeProgress progress) {
        ProgressStream stderr = new ProgressStream(progress);
        try {
            xl.stream(args, stderr, MOVE_LIMIT);
        } finally {
            stderr.close();
        }
    }

    private static void flag(List<String> args, boolean on, String flag) {
        if (on) {
            args.add(flag);
        }
    }
}
