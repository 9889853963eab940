package xsh.shell.migrate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.shell.interrupt.CtrlC;
import xsh.toolstack.migrate.MigrateRequest;
import xsh.toolstack.migrate.MigrationReport;
import xsh.toolstack.migrate.PrecopyPolicy;
import xsh.toolstack.migrate.ReceiverFlags;

/**
 * {@code migrate [-s SSHCMD] [-e] [-p] [-C CFG] [--debug] [--with-storage] DOMAIN HOST}, and
 * {@code migrate --all HOST}: xl's sender over a link to the receiver (ssh, or another embedded
 * host as {@code local:NAME}), xl's lines on stderr, then one line per domain on stdout (or
 * JSON), and a progress bar on a terminal.
 */
@ChangesState
@Command(name = "migrate", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = "migrate [-hepF] [-s SSHCMD] [-C CFG] [OPTIONS] (DOMAIN | --all) HOST",
        description = {
            "Live-migrate a domain to HOST as xl migrate does: its memory is copied in rounds while it runs, "
                + "then it is suspended for the last dirty pages and started at HOST under its own name.",
            "HOST is local:NAME (another embedded host of this XSH_HOME) or a machine reached by ssh, where "
                + "'xsh migrate-receive' runs. If the migration fails, the domain runs on here under its name.",
        })
public final class MigrateCommand implements Callable<Integer> {

    @Option(names = "-s", paramLabel = "SSHCMD",
            description = "The command that reaches HOST instead of ssh (split into words as a command line is); "
                    + "with -s '' HOST itself is the receiver's command line.")
    String sshCommand = ReceiverLinks.DEFAULT_SSH;

    @Option(names = "-C", paramLabel = "CFG", description = "Send this xl.cfg instead of the domain's configuration.")
    String config;

    @Option(names = "-e", description = "The receiver does not monitor the domain (migrate-receive -e).")
    boolean noMonitor;

    @Option(names = "-F", description = "As xl: the receiver is started with -e.")
    boolean foreground;

    @Option(names = "-p", description = "Leave the domain paused at HOST.")
    boolean paused;

    @Option(names = "-D", description = "Keep the domid (not supported: the target gives the domain a new one).")
    boolean preserveDomid;

    @Option(names = "--debug", description = "Debug checks in the stream (migrate-receive -d).")
    boolean debug;

    @Option(names = "--live", hidden = true, description = "Ignored, as by xl.")
    boolean live;

    @Option(names = "--with-storage", description = "Send the datasets holding the domain's disks too.")
    boolean withStorage;

    @Option(names = "--all",
            description = "Migrate every domU of this host, one after another, going on past failures.")
    boolean all;

    @Option(names = "--json", description = "The report as JSON (with --all, an array of them).")
    boolean json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DOMAIN",
            description = "The domain, a name or domid (not with --all).")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "HOST",
            description = "Where to: local:NAME, or an ssh destination.")
    String second;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (first == null || (all ? second != null : second == null)) {
            throw new ParameterException(spec.commandLine(), all ? "migrate --all takes HOST alone"
                    : "migrate takes DOMAIN HOST (or --all HOST)");
        }
        if (all && config != null) {
            throw new ParameterException(spec.commandLine(), "migrate: -C sends one domain's config: not with --all");
        }
        if (preserveDomid) {
            throw new XshException("migrate: -D is not supported: the domain gets a new domid at the target", 1);
        }
        MigrationHost target = MigrationHost.parse(all ? first : second);
        XshCommand xsh = XshCommand.of(spec);
        try (CtrlC ctrlC = CtrlC.interrupts(Thread.currentThread(), CtrlC.Then.IGNORED);
             Hypervisor hv = xsh.openHost();
             MigrationProgressBar progress = MigrationProgressBar.onStderr(spec.commandLine().getErr())) {
            Path home = xsh.hosts().home(xsh.globals());
            ReceiverLinks links = new ReceiverLinks(xsh.hosts().provider(xsh.globals()), home);
            Migrations migrations = new Migrations(hv, home, links);
            return all ? migrateAll(migrations, target, progress) : migrateOne(migrations, target, progress);
        }
    }

    private int migrateOne(Migrations migrations, MigrationHost target, MigrationProgressBar progress) {
        XshCommand xsh = XshCommand.of(spec);
        MigrationReport report = migrations.migrate(request(first), target, sshCommand, foreground && !noMonitor,
                progress, progress);
        progress.close();
        if (!xsh.xlCompatible()) { // xl says Migration successful. and no more
            PrintWriter out = spec.commandLine().getOut();
            out.print(xsh.json(json) ? JsonWriter.write(MigrationText.json(report), JsonStyle.PRETTY) + "\n"
                    : MigrationText.line(report, xsh.globals().colour()) + "\n");
            out.flush();
        }
        return 0;
    }

    /** Each domU in turn: its line as it ends (its failure's lines on stderr), then the summary or the JSON. */
    private int migrateAll(Migrations migrations, MigrationHost target, MigrationProgressBar progress) {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        boolean asJson = xsh.json(json);
        boolean colour = xsh.globals().colour();
        List<String> domains = migrations.domUs();
        int width = domains.stream().mapToInt(String::length).max().orElse(0);
        List<MigrationOutcome> outcomes = migrations.migrateAll(domains, this::request, target, sshCommand,
                foreground && !noMonitor, progress, progress, (outcome, failure) -> {
                    if (failure != null) {
                        tell(progress, failure);
                    }
                    if (!asJson) {
                        progress.close();
                        out.println(MigrationText.line(outcome, width, colour));
                        out.flush();
                    }
                });
        progress.close();
        out.print(asJson ? JsonWriter.write(outcomes.stream().map(MigrationText::json).toList(), JsonStyle.PRETTY)
                + "\n" : MigrationText.summary(outcomes, colour));
        out.flush();
        if (migrations.interrupted()) {
            return CuttableRun.INTERRUPTED;
        }
        return outcomes.stream().allMatch(MigrationOutcome::ok) ? 0 : 1;
    }

    MigrateRequest request(String domain) {
        ReceiverFlags flags = new ReceiverFlags(paused, !(noMonitor || foreground), debug);
        return new MigrateRequest(domain, Optional.ofNullable(config), flags, withStorage, PrecopyPolicy.DEFAULT);
    }

    /** A domain's failure under --all, on stderr as the error reporter prints a command's. */
    private static void tell(MigrationProgressBar err, RuntimeException failure) {
        if (failure instanceof MultiLineException lines) {
            lines.lines().forEach(err::notice);
        } else {
            err.notice(MigrationOutcome.reason(failure));
        }
    }
}
