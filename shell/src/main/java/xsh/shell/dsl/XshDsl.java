package xsh.shell.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import groovy.transform.NamedParam;
import groovy.transform.NamedParams;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainInfo;
import xsh.hv.HostInfo;
import xsh.hv.Hypervisor;
import xsh.hv.ShutdownRequest;
import xsh.shell.backend.Backends;
import xsh.shell.migrate.MigrationHost;
import xsh.shell.migrate.MigrationOutcome;
import xsh.shell.migrate.Migrations;
import xsh.shell.migrate.ReceiverLinks;
import xsh.error.XshException;
import xsh.shell.remote.SshTarget;
import xsh.toolstack.console.ConsoleSession;
import xsh.toolstack.console.ConsoleType;
import xsh.toolstack.coredump.CoreDumper;
import xsh.toolstack.cpupool.CpupoolCreator;
import xsh.toolstack.cpupool.CpupoolResolver;
import xsh.toolstack.cpupool.Cpupools;
import xsh.toolstack.cpupool.PlannedCpupool;
import xsh.toolstack.domain.DomainResolver;
import xsh.toolstack.info.DomainListing;
import xsh.toolstack.info.DomainNames;
import xsh.toolstack.info.Uptimes;
import xsh.toolstack.memory.DomainMemory;
import xsh.toolstack.migrate.MigrateRequest;
import xsh.toolstack.migrate.MigrationProgress;
import xsh.toolstack.migrate.MigrationReport;
import xsh.toolstack.migrate.PrecopyPolicy;
import xsh.toolstack.migrate.ReceiverFlags;
import xsh.toolstack.misc.GuestSignals;
import xsh.toolstack.saverestore.ImageProgress;
import xsh.toolstack.saverestore.RestoreOptions;
import xsh.toolstack.saverestore.Restorer;
import xsh.toolstack.saverestore.SaveMode;
import xsh.toolstack.saverestore.SaveRequest;
import xsh.toolstack.saverestore.Saver;
import xsh.toolstack.sched.DomainWeight;
import xsh.toolstack.sched.SchedCredit;
import xsh.toolstack.vcpu.Vcpus;
import xsh.toolstack.vmcontrol.ConfigFileReader;
import xsh.toolstack.vmcontrol.ConfigTyper;
import xsh.toolstack.vmcontrol.DomainCreator;
import xsh.toolstack.vmcontrol.GracefulShutdown;
import xsh.toolstack.vmcontrol.Notices;
import xsh.toolstack.vmcontrol.ShutdownOptions;
import xsh.toolstack.vmcontrol.Sleeper;
import xsh.toolstack.vmcontrol.TypedConfig;
import xsh.toolstack.vmcontrol.VmControl;

/**
 * The DSL a {@code .xsh} script is written in: every xsh command as a method with named
 * arguments and a typed result. The script runner makes each script an instance of a subclass,
 * with the {@link ScriptContext} bound as {@link #CONTEXT}.
 *
 * <p>Each method is the command of the same name (camelCase: {@code mem-set} is
 * {@link #memSet}), done by the same toolstack call, so its refusals are the command's:
 * an {@link XshException} with xl's message and exit code, which the script may catch. A
 * domain argument is a {@link Domain}, a name or a domid. Every method that changes the host
 * or writes a file goes through {@link ScriptContext#change}, so {@code --dry-run} prints the
 * equivalent command line instead (and such a method returns null); reads happen either way.
 * xl's notices ({@code Saving to ...}, {@code Parsing config from ...}) go to the script's
 * stderr.
 *
 * <p>Left out, as they make no sense in a script: help, clear, exit, completion, top,
 * following a console (see {@link #console}), vm-list ({@link #list} has it all), list -l, cfg,
 * host, and zfs send and receive.
 */
public abstract class XshDsl extends Script {

    /** The binding variable that holds the script's {@link ScriptContext}. */
    public static final String CONTEXT = "xshContext";

    /** The host, output and dry-run setting the script's methods work with. */
    protected ScriptContext context() {
        return (ScriptContext) getBinding().getVariable(CONTEXT);
    }

    /** How waits between two looks at the host pass (shutdown's {@code wait:}); a spec's host runs on its own clock. */
    protected Sleeper sleeper() {
        return Sleeper.REAL;
    }

    // ---- domains: create, list, look ----------------------------------------------------------

    /** {@code create FILE}: see {@link #create(Map, Object)}. */
    public Domain create(Object file) {
        return create(Map.of(), file);
    }

    /**
     * {@code create [-p] [-q] [-e] FILE [KEY=VALUE...]}: builds and starts the domain FILE
     * describes ({@code Parsing config from FILE} and xl's warnings on stderr) and returns it.
     * {@code overrides} are settings appended to the file: a map ({@code [memory: 1024,
     * name: 'web2']}) or {@code key=value} words. Under {@code --dry-run} the file is still read
     * and checked, and the domain it would build is returned (domid 0, nothing running).
     */
    public Domain create(@NamedParams({
            @NamedParam(value = "paused", type = Boolean.class),
            @NamedParam(value = "quiet", type = Boolean.class),
            @NamedParam(value = "monitor", type = Boolean.class),
            @NamedParam(value = "overrides", type = Object.class)}) Map<String, ?> options, Object file) {
        NamedArguments args = named("create", options);
        String path = TextArgument.path("create", file);
        boolean paused = args.flag("paused");
        boolean monitored = !args.has("monitor") || args.flag("monitor");
        List<String> overrides = args.settings("overrides");
        ConfigSource source = ConfigFileReader.read(Optional.of(path), overrides);
        if (!args.flag("quiet")) {
            notice("Parsing config from " + source.name());
        }
        TypedConfig typed = ConfigTyper.type(source);
        typed.warnings().forEach(warning -> notice(warning.render()));
        CommandText line = CommandText.of("create", path);
        overrides.forEach(line::add);
        line.flag(paused, "-p").flag(!monitored, "-e");
        if (context().dryRun()) {
            context().change(line.toString(), hv -> null);
            return PlannedDomain.of(typed, paused);
        }
        return change(line, hv -> snapshot(hv, new DomainCreator(hv, false).create(typed, paused, monitored)));
    }

    /** {@code list}: every domain, Domain-0 first, in domid order. */
    public List<Domain> list() {
        return read(hv -> {
            List<Domain> domains = new ArrayList<>();
            for (DomainInfo info : DomainListing.list(hv, Optional.empty())) {
                domains.add(snapshot(hv, info));
            }
            return domains;
        });
    }

    /**
     * The domain named so (or with that domid) as it is now, or null if there is none, so
     * that {@code domain('web')?.running} reads naturally.
     */
    public Domain domain(Object domain) {
        String qualifier = DomainArgument.of("domain", domain);
        return read(hv -> {
            int domid;
            try {
                domid = DomainResolver.resolve(hv, qualifier);
            } catch (XshException noSuchName) {
                return null;
            }
            return hv.domain(domid).map(info -> snapshot(hv, info)).orElse(null);
        });
    }

    /** {@code domid NAME}. */
    public int domid(Object name) {
        String text = TextArgument.word("domid", name);
        return read(hv -> DomainNames.domid(hv, text));
    }

    /** {@code domname ID}. */
    public String domname(Object id) {
        String text = TextArgument.word("domname", id);
        return read(hv -> DomainNames.name(hv, text));
    }

    /** {@code uptime DOMAIN}: how long the domain has been up. */
    public Duration uptime(Object domain) {
        String qualifier = DomainArgument.of("uptime", domain);
        return read(hv -> Uptimes.of(hv, List.of(qualifier)).uptimes().stream().findFirst()
                .map(u -> Duration.ofSeconds(u.seconds())).orElseThrow(() -> noSuchDomain(qualifier)));
    }

    /** {@code uptime}: each domain's name and how long it has been up, Domain-0 (the host) first. */
    public Map<String, Duration> uptime() {
        return read(hv -> {
            Map<String, Duration> uptimes = new LinkedHashMap<>();
            Uptimes.of(hv, List.of()).uptimes().forEach(u -> uptimes.put(u.name(), Duration.ofSeconds(u.seconds())));
            return uptimes;
        });
    }

    /** {@code info}: the host; its properties are xl info's fields (nrCpus, totalMemoryMib, xenVersion...). */
    public HostInfo info() {
        return read(Hypervisor::hostInfo);
    }

    /** {@code console DOMAIN}: what the domain's console has printed so far (no following). */
    public String console(Object domain) {
        return console(Map.of(), domain);
    }

    /** {@code console [-t TYPE] [-n NUM] DOMAIN}. */
    public String console(@NamedParams({
            @NamedParam(value = "type", type = String.class),
            @NamedParam(value = "number", type = Integer.class)}) Map<String, ?> options, Object domain) {
        NamedArguments args = named("console", options);
        String qualifier = DomainArgument.of("console", domain);
        Optional<ConsoleType> type = args.text("type").map(ConsoleType::of);
        int number = args.integer("number").orElse(0);
        return read(hv -> {
            StringBuilder text = new StringBuilder();
            ConsoleSession.attach(hv, qualifier, type, number).newLines().forEach(line -> text.append(line).append('\n'));
            return text.toString();
        });
    }

    // ---- domains: lifecycle ---------------------------------------------------------------------

    /** {@code pause DOMAIN}: pauses nest; returns the domain, paused. */
    public Domain pause(Object domain) {
        String qualifier = target("pause", domain);
        return change(CommandText.of("pause", qualifier),
                hv -> snapshot(hv, new VmControl(hv, false).pause(qualifier)));
    }

    /** {@code unpause DOMAIN}: undoes one pause; returns the domain. */
    public Domain unpause(Object domain) {
        String qualifier = target("unpause", domain);
        return change(CommandText.of("unpause", qualifier),
                hv -> snapshot(hv, new VmControl(hv, false).unpause(qualifier)));
    }

    /** {@code destroy DOMAIN}. */
    public void destroy(Object domain) {
        destroy(Map.of(), domain);
    }

    /** {@code destroy [-f] DOMAIN}: {@code force} to destroy Domain-0. */
    public void destroy(@NamedParams({@NamedParam(value = "force", type = Boolean.class)}) Map<String, ?> options,
                        Object domain) {
        boolean force = named("destroy", options).flag("force");
        String qualifier = target("destroy", domain);
        change(CommandText.of("destroy", qualifier).flag(force, "-f"),
                hv -> new VmControl(hv, false).destroy(qualifier, force));
    }

    /** {@code rename DOMAIN NEW_NAME}; returns the domain under its new name. */
    public Domain rename(Object domain, Object newName) {
        String qualifier = target("rename", domain);
        String name = TextArgument.word("rename", newName);
        return change(CommandText.of("rename", qualifier, name),
                hv -> snapshot(hv, new VmControl(hv, false).rename(qualifier, name)));
    }

    /** {@code shutdown DOMAIN}: asks the guest to power off and returns. */
    public void shutdown(Object domain) {
        shutdown(Map.of(), domain);
    }

    /** {@code shutdown -a}. */
    public void shutdown(@NamedParams({
            @NamedParam(value = "all", type = Boolean.class),
            @NamedParam(value = "wait", type = Object.class),
            @NamedParam(value = "timeout", type = Object.class),
            @NamedParam(value = "acpiFallback", type = Boolean.class)}) Map<String, ?> options) {
        shutdownOrReboot("shutdown", ShutdownRequest.POWEROFF, options, null);
    }

    /**
     * {@code shutdown [-w|-ww] [-F] DOMAIN}: {@code wait: true} waits until it has shut down or
     * is gone, {@code wait: 'gone'} until it is gone, for at most {@code timeout} (a Duration or
     * seconds; xl waits for ever) if given; {@code acpiFallback} presses the power button of a
     * guest without PV drivers.
     */
    public void shutdown(@NamedParams({
            @NamedParam(value = "all", type = Boolean.class),
            @NamedParam(value = "wait", type = Object.class),
            @NamedParam(value = "timeout", type = Object.class),
            @NamedParam(value = "acpiFallback", type = Boolean.class)}) Map<String, ?> options, Object domain) {
        shutdownOrReboot("shutdown", ShutdownRequest.POWEROFF, options, domain);
    }

    /** {@code reboot DOMAIN}. */
    public void reboot(Object domain) {
        reboot(Map.of(), domain);
    }

    /** {@code reboot -a}. */
    public void reboot(@NamedParams({
            @NamedParam(value = "all", type = Boolean.class),
            @NamedParam(value = "wait", type = Object.class),
            @NamedParam(value = "timeout", type = Object.class),
            @NamedParam(value = "acpiFallback", type = Boolean.class)}) Map<String, ?> options) {
        shutdownOrReboot("reboot", ShutdownRequest.REBOOT, options, null);
    }

    /** {@code reboot [-w|-ww] [-F] DOMAIN}, with shutdown's named arguments. */
    public void reboot(@NamedParams({
            @NamedParam(value = "all", type = Boolean.class),
            @NamedParam(value = "wait", type = Object.class),
            @NamedParam(value = "timeout", type = Object.class),
            @NamedParam(value = "acpiFallback", type = Boolean.class)}) Map<String, ?> options, Object domain) {
        shutdownOrReboot("reboot", ShutdownRequest.REBOOT, options, domain);
    }

    private void shutdownOrReboot(String method, ShutdownRequest request, Map<String, ?> options, Object domain) {
        NamedArguments args = named(method, options);
        boolean all = args.flag("all");
        ShutdownOptions.Wait wait = waitFor(args);
        boolean acpiFallback = args.flag("acpiFallback");
        Optional<String> qualifier = domain == null ? Optional.empty() : Optional.of(target(method, domain));
        if (qualifier.isEmpty() && !all) {
            throw new XshException(method + ": give a domain, or all: true", 1);
        }
        Sleeper sleeper = sleeper();
        Optional<Duration> timeout = args.value("timeout").map(t -> DurationArgument.of(args, "timeout", t));
        if (timeout.isPresent()) {
            if (wait == ShutdownOptions.Wait.NOTHING) {
                throw new XshException(method + ": a timeout is for a wait: give wait: true or 'gone' too", 1);
            }
            String what = qualifier.filter(q -> !all).orElse("the domains");
            sleeper = new TimedSleeper(sleeper, timeout.get(), () -> new XshException(method + ": " + what
                    + (wait == ShutdownOptions.Wait.DEATH ? " is not gone" : " has not shut down") + " after "
                    + DurationText.of(timeout.get()), 1));
        }
        Sleeper waits = sleeper;
        ShutdownOptions chosen = ShutdownOptions.of(request).all(all).waitFor(wait).acpiFallback(acpiFallback);
        CommandText line = CommandText.of(method).flag(all, "-a");
        qualifier.filter(q -> !all).ifPresent(line::add);
        line.flag(wait == ShutdownOptions.Wait.SHUTDOWN_OR_DEATH, "-w").flag(wait == ShutdownOptions.Wait.DEATH, "-ww")
                .flag(acpiFallback, "-F");
        change(line, hv -> new GracefulShutdown(hv, notices(), waits, false).run(qualifier, chosen));
    }

    /** {@code wait: true} is {@code -w}, {@code wait: 'gone'} is {@code -ww}. */
    private static ShutdownOptions.Wait waitFor(NamedArguments args) {
        Object wait = args.value("wait").orElse(false);
        if (wait.equals(Boolean.TRUE)) {
            return ShutdownOptions.Wait.SHUTDOWN_OR_DEATH;
        }
        if (wait.equals(Boolean.FALSE)) {
            return ShutdownOptions.Wait.NOTHING;
        }
        if ("gone".equals(wait.toString())) {
            return ShutdownOptions.Wait.DEATH;
        }
        throw args.wrong("wait", "true, false or 'gone'", wait);
    }

    // ---- save and restore -----------------------------------------------------------------------

    /** {@code save DOMAIN FILE}: the domain is destroyed once its image is written. */
    public Saved save(Object domain, Object file) {
        return save(Map.of(), domain, file);
    }

    /**
     * {@code save [-p] [-c] [-D] DOMAIN FILE [CONFIG]}: {@code pause} leaves the domain paused
     * (unpause runs it on), {@code keepRunning} lets it run on (a checkpoint), {@code
     * preserveDomid} stores its domid for restore, {@code config} stores that xl.cfg file
     * instead of the domain's configuration. {@code Saving to ...} goes to stderr.
     */
    public Saved save(@NamedParams({
            @NamedParam(value = "pause", type = Boolean.class),
            @NamedParam(value = "keepRunning", type = Boolean.class),
            @NamedParam(value = "preserveDomid", type = Boolean.class),
            @NamedParam(value = "config", type = Object.class)}) Map<String, ?> options, Object domain, Object file) {
        NamedArguments args = named("save", options);
        String qualifier = target("save", domain);
        String path = TextArgument.path("save", file);
        Optional<String> config = args.text("config");
        boolean pause = args.flag("pause");
        boolean keepRunning = args.flag("keepRunning");
        boolean preserveDomid = args.flag("preserveDomid");
        SaveRequest request = new SaveRequest(qualifier, path, config, SaveMode.of(keepRunning, pause), preserveDomid);
        CommandText line = CommandText.of("save", qualifier, path);
        config.ifPresent(line::add);
        line.flag(pause, "-p").flag(keepRunning, "-c").flag(preserveDomid, "-D");
        return change(line, hv -> Saved.of(new Saver(hv).save(request, notices(), ImageProgress.NONE), hv.now()));
    }

    /** {@code restore FILE}: the domain, running, under its saved name. */
    public Domain restore(Object file) {
        return restore(Map.of(), file);
    }

    /**
     * {@code restore [-p] [-e] [CONFIG] FILE}: {@code config} builds the domain from that xl.cfg
     * file instead of the image's (a disk pointing at a clone); {@code paused} leaves it paused.
     */
    public Domain restore(@NamedParams({
            @NamedParam(value = "paused", type = Boolean.class),
            @NamedParam(value = "monitor", type = Boolean.class),
            @NamedParam(value = "config", type = Object.class)}) Map<String, ?> options, Object file) {
        NamedArguments args = named("restore", options);
        String path = TextArgument.path("restore", file);
        Optional<String> config = args.text("config");
        boolean paused = args.flag("paused");
        boolean monitored = !args.has("monitor") || args.flag("monitor");
        RestoreOptions restore = new RestoreOptions(config, path, paused, false, monitored);
        CommandText line = CommandText.of("restore");
        config.ifPresent(line::add);
        line.add(path).flag(paused, "-p").flag(!monitored, "-e");
        return change(line, hv -> snapshot(hv, new Restorer(hv, false).restore(restore, notices(), ImageProgress.NONE)
                .domain().domid()));
    }

    // ---- live migration -------------------------------------------------------------------------

    /** {@code migrate DOMAIN}: refused, as the host to migrate to is named by {@code to:}. */
    public MigrationReport migrate(Object domain) {
        return migrate(Map.of(), domain);
    }

    /**
     * {@code migrate [-p] [-s SSH] [--with-storage] DOMAIN HOST}: {@code to} the host
     * ({@code 'local:h2'} for another embedded host, else an ssh destination), {@code paused}
     * leaves it paused there, {@code ssh} replaces the ssh command, {@code withStorage} sends the
     * datasets of its disks too. xl's sender lines go to stderr. Returns the report
     * ({@code rounds}, {@code bytes}, {@code totalMs}, {@code downtimeMs}...); if it fails, the
     * domain runs on here under its name and the failure is thrown.
     */
    public MigrationReport migrate(@NamedParams({
            @NamedParam(value = "to", type = String.class, required = true),
            @NamedParam(value = "paused", type = Boolean.class),
            @NamedParam(value = "ssh", type = String.class),
            @NamedParam(value = "withStorage", type = Boolean.class)}) Map<String, ?> options, Object domain) {
        NamedArguments args = named("migrate", options);
        String qualifier = target("migrate", domain);
        Migration migration = migration(args);
        CommandText line = migration.commandLine().add(qualifier).add(migration.target.text());
        return change(line, hv -> migration.migrations(hv).migrate(migration.request(qualifier), migration.target,
                migration.ssh, notices(), MigrationProgress.NONE));
    }

    /**
     * {@code migrate --all HOST}: every domU of the host, one after another, going on past
     * failures (each told on stderr); named arguments as {@link #migrate}'s. Returns each
     * domain's outcome: {@code domain}, {@code ok()}, {@code report()} or {@code error()}.
     */
    public List<MigrationOutcome> migrateAll(@NamedParams({
            @NamedParam(value = "to", type = String.class, required = true),
            @NamedParam(value = "paused", type = Boolean.class),
            @NamedParam(value = "ssh", type = String.class),
            @NamedParam(value = "withStorage", type = Boolean.class)}) Map<String, ?> options) {
        NamedArguments args = named("migrateAll", options);
        Migration migration = migration(args);
        CommandText line = migration.commandLine().add("--all").add(migration.target.text());
        return change(line, hv -> {
            Migrations migrations = migration.migrations(hv);
            List<MigrationOutcome> outcomes = migrations.migrateAll(migrations.domUs(), migration::request,
                    migration.target, migration.ssh, notices(), MigrationProgress.NONE, (outcome, failure) -> {
                        if (failure != null) {
                            notice(outcome.domain() + ": " + outcome.error());
                        }
                    });
            if (migrations.interrupted()) {
                Thread.currentThread().interrupt(); // Ctrl-C stopped the evacuation: the script stops at its next wait
            }
            return outcomes;
        });
    }

    /** What {@link #migrate} and {@link #migrateAll} were asked. */
    private record Migration(MigrationHost target, String ssh, boolean paused, boolean withStorage, Path home) {

        MigrateRequest request(String domain) {
            return new MigrateRequest(domain, Optional.empty(), new ReceiverFlags(paused, true, false), withStorage,
                    PrecopyPolicy.DEFAULT);
        }

        CommandText commandLine() {
            CommandText line = CommandText.of("migrate").flag(paused, "-p").flag(withStorage, "--with-storage");
            return ssh.equals(ReceiverLinks.DEFAULT_SSH) ? line : line.add("-s").add(ssh);
        }

        Migrations migrations(Hypervisor hv) {
            return new Migrations(hv, home, new ReceiverLinks(Backends.embedded(home), home));
        }
    }

    private Migration migration(NamedArguments args) {
        return new Migration(MigrationHost.parse(args.text("to").orElseThrow()),
                args.text("ssh").orElse(ReceiverLinks.DEFAULT_SSH), args.flag("paused"), args.flag("withStorage"),
                context().xshHome());
    }

    // ---- memory and vcpus -----------------------------------------------------------------------

    /** {@code mem-set DOMAIN SIZE}: a Size, a number of MiB or xl's text ('512m'); returns the domain. */
    public Domain memSet(Object domain, Object size) {
        String qualifier = target("memSet", domain);
        String text = SizeArgument.memoryText("memSet", size);
        return change(CommandText.of("mem-set", qualifier, text),
                hv -> snapshot(hv, new DomainMemory(hv, false).setTarget(qualifier, text).domid()));
    }

    /** {@code mem-max DOMAIN SIZE}, sizes as {@link #memSet}. */
    public Domain memMax(Object domain, Object size) {
        String qualifier = target("memMax", domain);
        String text = SizeArgument.memoryText("memMax", size);
        return change(CommandText.of("mem-max", qualifier, text),
                hv -> snapshot(hv, new DomainMemory(hv, false).setMax(qualifier, text).domid()));
    }

    /** {@code vcpu-set DOMAIN N}. */
    public Domain vcpuSet(Object domain, Object count) {
        return vcpuSet(Map.of(), domain, count);
    }

    /** {@code vcpu-set [-i] DOMAIN N}: {@code ignoreHost} allows more vcpus than the host has pCPUs. */
    public Domain vcpuSet(@NamedParams({@NamedParam(value = "ignoreHost", type = Boolean.class)}) Map<String, ?> options,
                          Object domain, Object count) {
        boolean ignoreHost = named("vcpuSet", options).flag("ignoreHost");
        String qualifier = target("vcpuSet", domain);
        String n = TextArgument.word("vcpuSet", count);
        return change(CommandText.of("vcpu-set", qualifier, n).flag(ignoreHost, "-i"),
                hv -> snapshot(hv, new Vcpus(hv, false).setOnline(qualifier, n, ignoreHost)));
    }

    /** {@code vcpu-pin DOMAIN VCPU HARD [SOFT]}. */
    public void vcpuPin(Object domain, Object vcpu, Object hard, Object soft) {
        vcpuPin(Map.of(), domain, vcpu, hard, soft);
    }

    /** {@code vcpu-pin DOMAIN VCPU HARD}. */
    public void vcpuPin(Object domain, Object vcpu, Object hard) {
        vcpuPin(Map.of(), domain, vcpu, hard, null);
    }

    /** {@code vcpu-pin [-f] DOMAIN VCPU HARD}. */
    public void vcpuPin(@NamedParams({@NamedParam(value = "force", type = Boolean.class)}) Map<String, ?> options,
                        Object domain, Object vcpu, Object hard) {
        vcpuPin(options, domain, vcpu, hard, null);
    }

    /**
     * {@code vcpu-pin [-f] DOMAIN VCPU HARD [SOFT]}: VCPU a number or {@code 'all'}; HARD and
     * SOFT a CPU list ({@code '0-3,^1'}, {@code 'node:0'}, {@code 'all'}), a pCPU number, a list
     * of them, or null ({@code -}: left as it is). xl's warnings go to stderr.
     */
    public void vcpuPin(@NamedParams({@NamedParam(value = "force", type = Boolean.class)}) Map<String, ?> options,
                        Object domain, Object vcpu, Object hard, Object soft) {
        boolean force = named("vcpuPin", options).flag("force");
        String qualifier = target("vcpuPin", domain);
        String vcpuText = TextArgument.word("vcpuPin", vcpu);
        String hardText = CpuListArgument.of("vcpuPin", hard);
        Optional<String> softText = soft == null ? Optional.empty() : Optional.of(CpuListArgument.of("vcpuPin", soft));
        CommandText line = CommandText.of("vcpu-pin", qualifier, vcpuText, hardText);
        softText.ifPresent(line::add);
        line.flag(force, "-f");
        change(line, hv -> {
            new Vcpus(hv, false).pin(qualifier, vcpuText, hardText, softText, force, false).warnings()
                    .forEach(this::notice);
            return null;
        });
    }

    /** {@code vcpu-list [DOMAIN...]}: every vcpu of those domains (of all without any). */
    public List<Vcpu> vcpuList(Object... domains) {
        List<String> qualifiers = new ArrayList<>();
        for (Object domain : domains) {
            qualifiers.add(DomainArgument.of("vcpuList", domain));
        }
        return read(hv -> Vcpu.all(new Vcpus(hv, false).list(qualifiers), this::notice));
    }

    // ---- scheduling and cpupools ---------------------------------------------------------------

    /** {@code sched-credit}: the weight and cap of every domain of the pools credit runs. */
    public List<DomainWeight> schedCredit() {
        return schedCredit(Map.of());
    }

    /** {@code sched-credit [-p POOL]}: those of the pool's domains. */
    public List<DomainWeight> schedCredit(@NamedParams({
            @NamedParam(value = "pool", type = String.class)}) Map<String, ?> options) {
        return scheduling("sched-credit", SchedCredit::credit).list(named("schedCredit", options).text("pool"));
    }

    /** {@code sched-credit -d DOMAIN}: the domain's weight and cap ({@code domid}, {@code name}, {@code weight}, {@code cap}). */
    public DomainWeight schedCredit(Object domain) {
        return schedCredit(Map.of(), domain);
    }

    /** {@code sched-credit -d DOMAIN [-w WEIGHT] [-c CAP]}: sets what is given; returns what is in effect. */
    public DomainWeight schedCredit(@NamedParams({
            @NamedParam(value = "weight", type = Integer.class),
            @NamedParam(value = "cap", type = Integer.class)}) Map<String, ?> options, Object domain) {
        NamedArguments args = named("schedCredit", options);
        return scheduling("sched-credit", SchedCredit::credit).domain(target("schedCredit", domain),
                args.integer("weight").map(String::valueOf), args.integer("cap").map(String::valueOf));
    }

    /** {@code sched-credit -s [-p POOL]}: the pool's time slice, rate limit and migration delay (Pool-0's without a pool). */
    public PoolScheduling schedCreditPool() {
        return schedCreditPool(Map.of());
    }

    /** {@code sched-credit -s [-p POOL] [-t MS] [-r US] [-m US]}: sets what is given; returns what is in effect. */
    public PoolScheduling schedCreditPool(@NamedParams({
            @NamedParam(value = "pool", type = String.class),
            @NamedParam(value = "tslice", type = Integer.class),
            @NamedParam(value = "ratelimit", type = Integer.class),
            @NamedParam(value = "migrationDelay", type = Integer.class)}) Map<String, ?> options) {
        NamedArguments args = named("schedCreditPool", options);
        return scheduling("sched-credit", SchedCredit::credit).pool(args.text("pool"),
                args.integer("tslice").map(String::valueOf), args.integer("ratelimit").map(String::valueOf),
                args.integer("migrationDelay").map(String::valueOf));
    }

    /** {@code sched-credit2}: as {@link #schedCredit()}, for the pools credit2 runs. */
    public List<DomainWeight> schedCredit2() {
        return schedCredit2(Map.of());
    }

    /** {@code sched-credit2 [-p POOL]}. */
    public List<DomainWeight> schedCredit2(@NamedParams({
            @NamedParam(value = "pool", type = String.class)}) Map<String, ?> options) {
        return scheduling("sched-credit2", SchedCredit::credit2).list(named("schedCredit2", options).text("pool"));
    }

    /** {@code sched-credit2 -d DOMAIN}. */
    public DomainWeight schedCredit2(Object domain) {
        return schedCredit2(Map.of(), domain);
    }

    /** {@code sched-credit2 -d DOMAIN [-w WEIGHT] [-c CAP]}. */
    public DomainWeight schedCredit2(@NamedParams({
            @NamedParam(value = "weight", type = Integer.class),
            @NamedParam(value = "cap", type = Integer.class)}) Map<String, ?> options, Object domain) {
        NamedArguments args = named("schedCredit2", options);
        return scheduling("sched-credit2", SchedCredit::credit2).domain(target("schedCredit2", domain),
                args.integer("weight").map(String::valueOf), args.integer("cap").map(String::valueOf));
    }

    /** {@code sched-credit2 -s [-p POOL]}: the pool's rate limit. */
    public PoolScheduling schedCredit2Pool() {
        return schedCredit2Pool(Map.of());
    }

    /** {@code sched-credit2 -s [-p POOL] [-r US]}. */
    public PoolScheduling schedCredit2Pool(@NamedParams({
            @NamedParam(value = "pool", type = String.class),
            @NamedParam(value = "ratelimit", type = Integer.class)}) Map<String, ?> options) {
        NamedArguments args = named("schedCredit2Pool", options);
        return scheduling("sched-credit2", SchedCredit::credit2).pool(args.text("pool"), Optional.empty(),
                args.integer("ratelimit").map(String::valueOf), Optional.empty());
    }

    private Scheduling scheduling(String command, BiFunction<Hypervisor, Boolean, SchedCredit> scheduler) {
        return new Scheduling(context(), command, scheduler, this::notice);
    }

    /** {@code cpupool-list}: every cpupool. */
    public List<Cpupool> cpupools() {
        return read(hv -> new Cpupools(hv, false).list(Optional.empty()).stream().map(Cpupool::new).toList());
    }

    /** The cpupool named so (or with that id) as it is now, or null if there is none. */
    public Cpupool cpupool(Object pool) {
        String qualifier = TextArgument.word("cpupool", pool);
        return read(hv -> CpupoolResolver.find(hv, qualifier).map(Cpupool::new).orElse(null));
    }

    /** {@code cpupool-create FILE}. */
    public Cpupool cpupoolCreate(Object file) {
        return cpupoolCreate(Map.of(), file);
    }

    /** {@code cpupool-create KEY=VALUE...}: {@code overrides: [name: 'fast', sched: 'credit2', cpus: '2-3']}. */
    public Cpupool cpupoolCreate(@NamedParams({
            @NamedParam(value = "overrides", type = Object.class)}) Map<String, ?> options) {
        return cpupoolCreate(options, null);
    }

    /** {@code cpupool-create [FILE] [KEY=VALUE...]}: the pool FILE and the overrides describe; returns it. */
    public Cpupool cpupoolCreate(@NamedParams({
            @NamedParam(value = "overrides", type = Object.class)}) Map<String, ?> options, Object file) {
        List<String> settings = named("cpupoolCreate", options).settings("overrides");
        Optional<String> path = file == null ? Optional.empty() : Optional.of(TextArgument.path("cpupoolCreate", file));
        PlannedCpupool planned = read(hv -> new CpupoolCreator(hv, false).plan(path, settings));
        planned.warnings().forEach(this::notice);
        CommandText line = CommandText.of("cpupool-create");
        path.ifPresent(line::add);
        settings.forEach(line::add);
        return change(line, hv -> new Cpupool(new CpupoolCreator(hv, false).create(planned.plan())));
    }

    /** {@code cpupool-destroy POOL}. */
    public void cpupoolDestroy(Object pool) {
        String qualifier = TextArgument.word("cpupoolDestroy", pool);
        change(CommandText.of("cpupool-destroy", qualifier), hv -> {
            new Cpupools(hv, false).destroy(qualifier);
            return null;
        });
    }

    /** {@code cpupool-rename POOL NEW_NAME}. */
    public Cpupool cpupoolRename(Object pool, Object newName) {
        String qualifier = TextArgument.word("cpupoolRename", pool);
        String name = TextArgument.word("cpupoolRename", newName);
        return change(CommandText.of("cpupool-rename", qualifier, name), hv -> {
            new Cpupools(hv, false).rename(qualifier, name);
            return CpupoolResolver.named(hv, name).map(Cpupool::new).orElse(null);
        });
    }

    /** {@code cpupool-cpu-add POOL CPUS}: CPUS a CPU list ('4-7', 'node:1'), a number or a list of them. */
    public Cpupool cpupoolCpuAdd(Object pool, Object cpus) {
        return moveCpus("cpupoolCpuAdd", "cpupool-cpu-add", pool, cpus, Cpupools::addCpus);
    }

    /** {@code cpupool-cpu-remove POOL CPUS}. */
    public Cpupool cpupoolCpuRemove(Object pool, Object cpus) {
        return moveCpus("cpupoolCpuRemove", "cpupool-cpu-remove", pool, cpus, Cpupools::removeCpus);
    }

    private interface CpuMove {
        List<String> move(Cpupools pools, String pool, String cpus);
    }

    private Cpupool moveCpus(String method, String command, Object pool, Object cpus, CpuMove move) {
        String qualifier = TextArgument.word(method, pool);
        String list = CpuListArgument.of(method, cpus);
        return change(CommandText.of(command, qualifier, list), hv -> {
            move.move(new Cpupools(hv, false), qualifier, list).forEach(this::notice);
            return CpupoolResolver.find(hv, qualifier).map(Cpupool::new).orElse(null);
        });
    }

    /** {@code cpupool-migrate DOMAIN POOL}: the domain moves, with the pool's default weight and cap. */
    public Domain cpupoolMigrate(Object domain, Object pool) {
        String qualifier = target("cpupoolMigrate", domain);
        String poolName = TextArgument.word("cpupoolMigrate", pool);
        return change(CommandText.of("cpupool-migrate", qualifier, poolName),
                hv -> snapshot(hv, new Cpupools(hv, false).migrate(qualifier, poolName)));
    }

    /** {@code cpupool-numa-split}: a pool per NUMA node; returns them. */
    public List<Cpupool> cpupoolNumaSplit() {
        return change(CommandText.of("cpupool-numa-split"),
                hv -> new Cpupools(hv, false).numaSplit().stream().map(Cpupool::new).toList());
    }

    // ---- the host -------------------------------------------------------------------------------

    /** {@code dmesg}: the hypervisor's console ring. */
    public String dmesg() {
        return dmesg(Map.of());
    }

    /** {@code dmesg [-c]}: with {@code clear}, the ring is emptied after it is read (not under --dry-run). */
    public String dmesg(@NamedParams({@NamedParam(value = "clear", type = Boolean.class)}) Map<String, ?> options) {
        if (!named("dmesg", options).flag("clear")) {
            return read(hv -> GuestSignals.dmesg(hv, false));
        }
        String text = change(CommandText.of("dmesg", "-c"), hv -> GuestSignals.dmesg(hv, true));
        return text != null ? text : read(hv -> GuestSignals.dmesg(hv, false));
    }

    /** {@code trigger DOMAIN NAME}: nmi, reset, init, power, sleep or s3resume, to vcpu 0. */
    public void trigger(Object domain, Object name) {
        trigger(domain, name, null);
    }

    /** {@code trigger DOMAIN NAME VCPU}. */
    public void trigger(Object domain, Object name, Object vcpu) {
        String qualifier = target("trigger", domain);
        String trigger = TextArgument.word("trigger", name);
        Optional<String> vcpuText = vcpu == null ? Optional.empty() : Optional.of(TextArgument.word("trigger", vcpu));
        CommandText line = CommandText.of("trigger", qualifier, trigger);
        vcpuText.ifPresent(line::add);
        change(line, hv -> new GuestSignals(hv, false).trigger(qualifier, trigger, vcpuText, notices()));
    }

    /** {@code sysrq DOMAIN KEY}: one magic SysRq key ({@code 'b'} reboots, {@code 'o'} powers off). */
    public void sysrq(Object domain, Object key) {
        String qualifier = target("sysrq", domain);
        String letter = TextArgument.word("sysrq", key);
        change(CommandText.of("sysrq", qualifier, letter), hv -> new GuestSignals(hv, false).sysrq(qualifier, letter));
    }

    /** {@code dump-core DOMAIN FILE}: the domain's memory as an ELF core; it runs on. */
    public void dumpCore(Object domain, Object file) {
        String qualifier = target("dumpCore", domain);
        String path = TextArgument.path("dumpCore", file);
        change(CommandText.of("dump-core", qualifier, path), hv -> new CoreDumper(hv, false).dump(qualifier, path));
    }

    /**
     * {@code truncate -s SIZE FILE}: makes the file, inside a mounted filesystem of the host's
     * storage, SIZE long (sparse), as a guest disk starts; SIZE a Size, a number of MiB or
     * text ('10G').
     */
    public void truncate(Object file, Object size) {
        String path = TextArgument.path("truncate", file);
        long bytes = SizeArgument.bytes("truncate", size);
        change(CommandText.of("truncate", "-s", bytes, path), hv -> {
            hv.storage().createFile(path, bytes);
            return null;
        });
    }

    // ---- other hosts ----------------------------------------------------------------------------

    /**
     * The DSL on another embedded host: {@code host('h2').list()}, {@code host('h2').create 'web.cfg'};
     * same output and {@code --dry-run} as the script's. A host that does not exist is refused
     * (a typo must not make one); a remote one is {@link #remote}'s.
     */
    public XshDsl host(Object name) {
        String host = TextArgument.word("host", name);
        if (SshTarget.isRemote(host)) {
            throw new XshException("host(" + host + "): a remote host is remote('" + host + "'), whose xsh "
                    + "answers list() and xsh('COMMANDS')", 1);
        }
        return new OnHost(context().onHost(host), this);
    }

    /** A remote host, {@code remote('ssh://root@h2')}: its xsh runs what the script asks ({@link RemoteHost}). */
    public RemoteHost remote(Object name) {
        String host = TextArgument.word("remote", name);
        if (!SshTarget.isRemote(host)) {
            throw new XshException("remote(" + host + "): write ssh://[user@]host[:port]; an embedded host is host('"
                    + host + "')", 1);
        }
        return new RemoteHost(context().remote(host), context().dryRun());
    }

    /** The DSL of {@link #host}: bound to another host's context, waiting as the script that made it does. */
    private static final class OnHost extends XshDsl {
        private final XshDsl script;

        OnHost(ScriptContext context, XshDsl script) {
            this.script = script;
            getBinding().setVariable(CONTEXT, context);
        }

        @Override
        protected Sleeper sleeper() {
            return script.sleeper();
        }

        @Override
        public Object run() {
            return null;
        }
    }

    // ---- namespaces -----------------------------------------------------------------------------

    /** The host's ZFS: {@code zfs.snapshot "tank/web@${epoch()}"}, {@code zfs.list()}. */
    public ZfsCommands getZfs() {
        return new ZfsCommands(this::context);
    }

    /** Several zfs calls in a row: {@code zfs { snapshot 'tank/web@1'; clone 'tank/web@1', 'tank/web1' }}. */
    public Object zfs(@DelegatesTo(value = ZfsCommands.class, strategy = Closure.DELEGATE_FIRST) Closure<?> calls) {
        Closure<?> body = (Closure<?>) calls.clone();
        body.setResolveStrategy(Closure.DELEGATE_FIRST);
        body.setDelegate(getZfs());
        return body.call();
    }

    /** The host's checkpoints: {@code checkpoint.create d}, {@code checkpoint.list()}, {@code checkpoint.restore 'd@1'}. */
    public CheckpointCommands getCheckpoint() {
        return new CheckpointCommands(this::context);
    }

    // ---- how calls are made ---------------------------------------------------------------------

    /** The named arguments of this class's method {@code method}, checked against its declaration. */
    private NamedArguments named(String method, Map<String, ?> options) {
        return NamedArguments.of(XshDsl.class, method, options);
    }

    /**
     * The word for a domain the method changes; under {@code --dry-run} a domain given by name
     * is looked up, so that a dry run still reports one that does not exist (but not one the
     * dry run's create planned).
     */
    private String target(String method, Object domain) {
        String qualifier = DomainArgument.of(method, domain);
        if (context().dryRun() && !(domain instanceof Domain d && d.planned())) {
            read(hv -> DomainResolver.resolve(hv, qualifier));
        }
        return qualifier;
    }

    private <T> T read(Function<Hypervisor, T> query) {
        return context().read(query);
    }

    private <T> T change(CommandText line, Function<Hypervisor, T> action) {
        return context().change(line.toString(), action);
    }

    private Notices notices() {
        return this::notice;
    }

    private void notice(String line) {
        PrintWriter err = context().err();
        err.println(line);
        err.flush();
    }

    private static Domain snapshot(Hypervisor hv, DomainInfo info) {
        return new Domain(info, hv.now());
    }

    private static Domain snapshot(Hypervisor hv, int domid) {
        return hv.domain(domid).map(info -> snapshot(hv, info)).orElse(null);
    }

    private static XshException noSuchDomain(String qualifier) {
        return new XshException("Domain " + qualifier + " does not exist.", 1);
    }
}
