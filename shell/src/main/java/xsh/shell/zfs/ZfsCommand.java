package xsh.shell.zfs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.MayChangeState;

/**
 * {@code zfs COMMAND ARGS...} in xsh: zfs's commands, options, output and exit codes (see
 * {@link ZfsInvocation}), on the host the global options select. Each command's words are read
 * by zfs's own rules (getopt: {@code -Hp}, {@code -d1}, {@code -o name,used}), so they are
 * handed over as they were typed; picocli only knows {@code --help}, {@code --json} and
 * {@code --file}.
 */
@Command(name = "zfs", modelTransformer = ZfsCommand.RawWords.class,
        description = {
            "ZFS datasets, as zfs: list, get, set, create, destroy, snapshot, rollback, clone, rename, send, receive.",
            "Same options, output and exit codes as zfs; 'xsh zfs ARGS...' is a drop-in zfs for scripts.",
        },
        subcommands = {
            ZfsCommand.List.class, ZfsCommand.Get.class, ZfsCommand.Set.class, ZfsCommand.Create.class,
            ZfsCommand.Destroy.class, ZfsCommand.Snapshot.class, ZfsCommand.Rollback.class,
            ZfsCommand.Clone.class, ZfsCommand.Rename.class, ZfsCommand.Send.class, ZfsCommand.Receive.class})
public final class ZfsCommand implements Callable<Integer>, MayChangeState {

    @Option(names = "--help", usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A zfs command and its arguments.")
    java.util.List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** {@code zfs} alone, an unknown command, or zfs's {@code prop=value dataset} shorthand. */
    @Override
    public Integer call() {
        return run(spec, words, false, null);
    }

    @Override
    public boolean changesState() {
        return ZfsChanges.changesState(words, null);
    }

    /** Picocli takes every word it does not know as an argument, {@code --} included: getopt reads them. */
    public static final class RawWords implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            spec.parser().unmatchedOptionsArePositionalParams(true);
            spec.parser().endOfOptionsDelimiter("--xsh-end-of-options");
            return spec;
        }
    }

    static int run(CommandSpec spec, java.util.List<String> argv, boolean json, Path file) {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ZfsInvocation.Io io = new ZfsInvocation.TextAndBytes(out, err, System.out, System.in,
                StandardStreams::stdoutIsTerminal, StandardStreams::stdinIsTerminal);
        return ZfsInvocation.run(argv, xsh::openHost, io, new ZfsInvocation.Extras(xsh.json(json), file, xsh.globals().debug()));
    }

    /** A zfs command: its words go to zfs's parser after its name. */
    abstract static class Subcommand implements Callable<Integer>, MayChangeState {
        @Option(names = "--help", usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "ARGS", arity = "0..*", description = "zfs's options and arguments.")
        java.util.List<String> args = new ArrayList<>();

        @Spec
        CommandSpec spec;

        boolean json() {
            return false;
        }

        Path file() {
            return null;
        }

        @Override
        public Integer call() {
            return run(spec, argv(), json(), file());
        }

        @Override
        public boolean changesState() {
            return ZfsChanges.changesState(argv(), file());
        }

        private java.util.List<String> argv() {
            java.util.List<String> argv = new ArrayList<>();
            argv.add(spec.name());
            argv.addAll(args);
            return argv;
        }
    }

    @Command(name = "list", modelTransformer = RawWords.class,
            description = {"zfs list [-rHp] [-d max] [-o property[,...]] [-t type[,...]] [-s property]... "
                    + "[-S property]... [filesystem|volume|snapshot]...",
                "List datasets: filesystems and volumes, with -t snapshot or -t all their snapshots too."})
    public static final class List extends Subcommand {
        @Option(names = "--json", description = "A JSON array of objects keyed by property (with -p, parsable values).")
        boolean jsonOption;

        @Override
        boolean json() {
            return jsonOption;
        }
    }

    @Command(name = "get", modelTransformer = RawWords.class,
            description = {"zfs get [-rHp] [-d max] [-o field[,...]] [-s source[,...]] all|property[,...] "
                    + "[filesystem|volume|snapshot]...",
                "Show properties with where their values come from."})
    public static final class Get extends Subcommand {
        @Option(names = "--json", description = "A JSON array of {name, property, value, source} objects.")
        boolean jsonOption;

        @Override
        boolean json() {
            return jsonOption;
        }
    }

    @Command(name = "set", modelTransformer = RawWords.class,
            description = "zfs set property=value filesystem|volume|snapshot...")
    public static final class Set extends Subcommand {
    }

    @Command(name = "create", modelTransformer = RawWords.class,
            description = {"zfs create [-p] [-o property=value]... filesystem",
                "zfs create [-ps] [-b blocksize] [-o property=value]... -V size volume"})
    public static final class Create extends Subcommand {
    }

    @Command(name = "destroy", modelTransformer = RawWords.class,
            description = {"zfs destroy [-rRf] filesystem|volume", "zfs destroy [-rRd] snapshot"})
    public static final class Destroy extends Subcommand {
    }

    @Command(name = "snapshot", modelTransformer = RawWords.class,
            description = "zfs snapshot [-r] filesystem@snapname|volume@snapname...")
    public static final class Snapshot extends Subcommand {
    }

    @Command(name = "rollback", modelTransformer = RawWords.class,
            description = "zfs rollback [-rRf] snapshot")
    public static final class Rollback extends Subcommand {
    }

    @Command(name = "clone", modelTransformer = RawWords.class,
            description = "zfs clone [-p] [-o property=value]... snapshot filesystem|volume")
    public static final class Clone extends Subcommand {
    }

    @Command(name = "rename", modelTransformer = RawWords.class,
            description = {"zfs rename filesystem|volume|snapshot filesystem|volume|snapshot",
                "zfs rename -p filesystem|volume filesystem|volume", "zfs rename -r snapshot snapshot"})
    public static final class Rename extends Subcommand {
    }

    @Command(name = "send", modelTransformer = RawWords.class,
            description = {"zfs send [-Dpv] [-i snapshot] snapshot",
                "Write a replication stream of the snapshot to --file FILE, or to stdout when it is not a terminal."})
    public static final class Send extends Subcommand {
        @Option(names = "--file", paramLabel = "FILE", description = "Write the stream to FILE (xsh's addition).")
        Path file;

        @Override
        Path file() {
            return file;
        }
    }

    @Command(name = "receive", aliases = "recv", modelTransformer = RawWords.class,
            description = {"zfs receive [-vnFu] filesystem|volume|snapshot",
                "Make the dataset from a stream read from --file FILE, or from stdin when it is not a terminal."})
    public static final class Receive extends Subcommand {
        @Option(names = "--file", paramLabel = "FILE", description = "Read the stream from FILE (xsh's addition).")
        Path file;

        @Override
        Path file() {
            return file;
        }
    }
}
