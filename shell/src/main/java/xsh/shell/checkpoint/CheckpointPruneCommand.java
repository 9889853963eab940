package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.shell.dryrun.DryRunsItself;
import xsh.toolstack.checkpoint.Checkpoint;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.retention.CheckpointPruner;
import xsh.toolstack.checkpoint.retention.PruneResult;
import xsh.toolstack.checkpoint.retention.RetentionPolicy;
import xsh.toolstack.checkpoint.retention.Verdict;

/**
 * {@code checkpoint prune [DOMAIN] --keep POLICY [--dry-run] [--json]}: one line per checkpoint
 * that goes, the same whether it goes or, in a dry run, would; a summary on stderr.
 */
@ChangesState
@Command(name = "prune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Delete the checkpoints a retention policy does not keep, each domain's on their own (or DOMAIN's): "
                + "the last N newest, and for each of the last N hours, days, weeks (from Monday) or months "
                + "(the current one included, in the local time zone) the newest taken in it. A domain's newest "
                + "checkpoint is never deleted.",
            "Each line is a checkpoint that goes; --dry-run prints the same lines and deletes nothing. "
                + "A checkpoint that cannot be deleted (a restored clone still uses its snapshot) is told, "
                + "the others still go, and the exit code is 1.",
        })
public final class CheckpointPruneCommand implements Callable<Integer>, DryRunsItself {

    /** Under the global --dry-run: as this command's own --dry-run. */
    private boolean planOnly;

    @Override
    public void dryRun(boolean planOnly) {
        this.planOnly = planOnly;
    }


    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Parameters(paramLabel = "DOMAIN", arity = "0..1", description = "Only this domain's checkpoints.")
    String domain;

    @Option(names = "--keep", required = true, paramLabel = "POLICY",
            description = "What to keep: last=N,hourly=N,daily=N,weekly=N,monthly=N, any of them, e.g. "
                    + "'last=10,hourly=24,daily=7'.")
    String keep;

    @Option(names = {"-n", "--dry-run"}, description = "Print what would be deleted, and delete nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "A JSON object {dry_run, deleted: [...], kept: [...], failed: [...]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The zone periods are counted in: the local one (TZ), as the checkpoint table shows times in. */
    ZoneId zone = ZoneId.systemDefault();

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        RetentionPolicy policy = RetentionPolicy.parse(keep);
        boolean dry = dryRun || planOnly;
        PruneResult result;
        try (Hypervisor hv = xsh.openHost(); CheckpointCatalog catalog = CheckpointHost.catalog(xsh, hv)) {
            result = new CheckpointPruner(catalog, zone).prune(Optional.ofNullable(domain), policy, hv.now(), dry);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (xsh.json(json)) {
            out.println(JsonWriter.write(json(result), JsonStyle.PRETTY));
        } else {
            out.print(lines(result.deleted()));
            err.println((dry ? "would delete " : "deleted ") + count(result.deleted().size()) + ", keeping "
                    + result.kept().size());
        }
        result.failures().forEach(failure -> err.println("checkpoint prune: cannot delete "
                + failure.checkpoint().reference() + ": " + failure.reason()));
        out.flush();
        err.flush();
        return result.failures().isEmpty() ? 0 : 1;
    }

    private static String count(int n) {
        return n + (n == 1 ? " checkpoint" : " checkpoints");
    }

    /** {@code debian@1552572976  2019-03-14 14:16:16}, the references aligned. */
    private String lines(List<Checkpoint> checkpoints) {
        int width = checkpoints.stream().mapToInt(c -> c.reference().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Checkpoint c : checkpoints) {
            String reference = c.reference();
            text.append(reference).append(" ".repeat(width - reference.length() + 2))
                    .append(TIME.format(c.taken().atZone(zone))).append('\n');
        }
        return text.toString();
    }

    private Map<String, Object> json(PruneResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dry_run", result.dryRun());
        json.put("deleted", result.deleted().stream().map(c -> entry(c, List.of())).toList());
        json.put("kept", result.verdicts().stream().filter(Verdict::kept)
                .map(v -> entry(v.checkpoint(), v.keptBy())).toList());
        json.put("failed", result.failures().stream().map(f -> {
            Map<String, Object> failure = entry(f.checkpoint(), List.of());
            failure.put("reason", f.reason());
            return failure;
        }).toList());
        return json;
    }

    private static Map<String, Object> entry(Checkpoint c, List<String> keptBy) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", c.id());
        entry.put("reference", c.reference());
        entry.put("domain", c.domain());
        entry.put("taken", c.taken().toString());
        if (!keptBy.isEmpty()) {
            entry.put("kept_by", keptBy);
        }
        return entry;
    }
}
