package xsh.shell.checkpoint;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
import xsh.hv.DomainInfo;
import xsh.hv.Hypervisor;
import xsh.shell.XshCommand;
import xsh.shell.dryrun.ChangesState;
import xsh.shell.dryrun.DryRunsItself;
import xsh.shell.saverestore.ProgressLine;
import xsh.toolstack.checkpoint.CheckpointCatalog;
import xsh.toolstack.checkpoint.restore.CheckpointRestoreOptions;
import xsh.toolstack.checkpoint.restore.CheckpointRestoreResult;
import xsh.toolstack.checkpoint.restore.CheckpointRestorer;
import xsh.toolstack.checkpoint.restore.PlannedClone;
import xsh.toolstack.checkpoint.restore.RestorePlan;

/**
 * {@code checkpoint restore DOMAIN@ID [--as NAME] [--replace] [-p]}: the seeds' hand procedure
 * (zfs clone, a config pointing at the clone, xl restore) as one command; what it made is on
 * stdout, the image restore's lines and progress on stderr as {@code restore} prints them.
 */
@ChangesState
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Restore a checkpoint: clone each of its snapshots beside its dataset (zroot/debian@1552572976 "
                + "to zroot/debian-1552572976; -1552572976-2, -3... when a restore before took that name), "
                + "write a config beside the image whose disks point at the clones (NAME-1552572976.restored.cfg; "
                + "every other byte as the checkpoint's config), and restore the image with it.",
            "A running domain of the same name is refused unless --as or --replace. --replace restores "
                + "paused under NAME-restoring-ID while the old domain runs, then destroys the old one, renames "
                + "the new one and unpauses it: a failed restore never costs the running domain.",
            "If a step fails, the clones and the config are removed again and the running domain is left as it was.",
        })
public final class CheckpointRestoreCommand implements Callable<Integer>, DryRunsItself {

    /** Under --dry-run: the plan is shown and nothing is cloned, written or restored. */
    private boolean planOnly;

    @Override
    public void dryRun(boolean planOnly) {
        this.planOnly = planOnly;
    }


    @Parameters(paramLabel = "DOMAIN@ID",
            description = "The checkpoint: DOMAIN@1552572976 (or @1552572976, 1552572976).")
    String reference;

    @Option(names = "--as", paramLabel = "NAME", description = "Restore under this name, beside a running domain.")
    String as;

    @Option(names = "--replace",
            description = "Replace the running domain of that name, once the restore has succeeded.")
    boolean replace;

    @Option(names = "-p", description = "Leave the restored domain paused.")
    boolean paused;

    @Option(names = "--json", description = "A JSON object {checkpoint, name, domid, clones: [{snapshot, clone}], "
            + "config, replaced}; under the global dry run, the plan (domid null).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        XshCommand xsh = XshCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        CheckpointRestoreOptions options =
                new CheckpointRestoreOptions(reference, Optional.ofNullable(as), replace, paused);
        try (Hypervisor hv = xsh.openHost(); CheckpointCatalog catalog = CheckpointHost.catalog(xsh, hv)) {
            CheckpointRestorer restorer = new CheckpointRestorer(hv, catalog, xsh.xlCompatible());
            RestorePlan plan = restorer.plan(options);
            if (planOnly) {
                out.print(xsh.json(json) ? json(plan, Optional.empty()) : dryRun(plan, paused));
            } else {
                CheckpointRestoreResult result;
                try (ProgressLine progress = ProgressLine.onStderr(spec.commandLine().getErr())) {
                    result = restorer.restore(plan, paused, progress::tell, progress);
                }
                out.print(xsh.json(json) ? json(plan, Optional.of(result.domain())) : done(result));
            }
        }
        out.flush();
        return 0;
    }

    static String done(CheckpointRestoreResult result) {
        RestorePlan plan = result.plan();
        StringBuilder text = new StringBuilder();
        for (PlannedClone clone : plan.clones()) {
            text.append("cloned ").append(clone.snapshot()).append(" to ").append(clone.target()).append('\n');
        }
        text.append("wrote ").append(plan.config()).append('\n');
        DomainInfo domain = result.domain();
        text.append("restored ").append(plan.checkpoint().reference()).append(" as ").append(domain.name())
                .append(" (id ").append(domain.domid()).append(')');
        plan.replaced().ifPresent(old -> text.append(", replacing id ").append(old.domid()));
        return text.append('\n').toString();
    }

    static String json(RestorePlan plan, Optional<DomainInfo> restored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("checkpoint", plan.checkpoint().reference());
        json.put("name", restored.map(DomainInfo::name).orElse(plan.name()));
        json.put("domid", restored.map(DomainInfo::domid).orElse(null));
        json.put("clones", plan.clones().stream().map(clone -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("snapshot", clone.snapshot());
            entry.put("clone", clone.target());
            return entry;
        }).toList());
        json.put("config", plan.config().toString());
        json.put("replaced", plan.replaced().map(DomainInfo::domid).orElse(null));
        return JsonWriter.write(json, JsonStyle.PRETTY) + "\n";
    }

    static String dryRun(RestorePlan plan, boolean paused) {
        StringBuilder text = new StringBuilder();
        for (PlannedClone clone : plan.clones()) {
            text.append("would clone ").append(clone.snapshot()).append(" to ").append(clone.target()).append('\n');
        }
        text.append("would write ").append(plan.config()).append('\n');
        text.append("would restore ").append(plan.checkpoint().reference()).append(" as ").append(plan.name());
        plan.replaced().ifPresent(old -> text.append(", paused, then destroy ").append(plan.name()).append(" (id ")
                .append(old.domid()).append(") and give the restored domain its name"));
        return text.append(paused ? ", leaving it paused\n" : "\n").toString();
    }
}
