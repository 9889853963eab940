package xsh.hv.xen;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xsh.cfg.cpulist.CpuList;
import xsh.cfg.cpupool.Scheduler;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.write.ValueText;
import xsh.hv.ConsoleLog;
import xsh.hv.CpupoolInfo;
import xsh.hv.DomainDefinition;
import xsh.hv.DomainInfo;
import xsh.hv.DomainSchedParams;
import xsh.hv.GuestMemory;
import xsh.hv.HostInfo;
import xsh.hv.HvError;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.hv.NativeToolstack;
import xsh.hv.PoolSchedParams;
import xsh.hv.RestoreRequest;
import xsh.hv.ShutdownRequest;
import xsh.hv.Trigger;
import xsh.hv.VcpuInfo;
import xsh.hv.command.Completed;
import xsh.hv.command.ProgramException;
import xsh.hv.command.ProgramRunner;
import xsh.hv.dom0.Dom0Layout;
import xsh.hv.dom0.Dom0Os;
import xsh.hv.storage.Storage;
import xsh.hv.xen.config.XlConfigFromLibxl;
import xsh.hv.xen.parse.CpupoolText;
import xsh.hv.xen.parse.SchedListing;
import xsh.hv.xen.parse.SchedText;
import xsh.hv.xen.parse.UptimeText;
import xsh.hv.xen.parse.VcpuListText;
import xsh.hv.xen.parse.XlInfoText;
import xsh.hv.xen.parse.XlListLong;
import xsh.hv.xen.parse.XlListText;
import xsh.hv.zfs.ZfsCommand;
import xsh.hv.zfs.ZfsCommandStorage;

/**
 * A real Dom0, driven through its {@code xl}: every SPI call is the xl command that does it
 * (reads parsed from xl's output, {@code xsh.hv.xen.parse}), every failure xl's own message
 * and libxl's code. The host's state is xl's, never a copy: xsh keeps nothing of its own here.
 *
 * <p>A guest's memory is moved by xl itself ({@link #nativeToolstack()}), so {@link #memory}
 * and {@link #createIncoming} are refused; the console is attached by the shell through xl.
 */
public final class XenHypervisor implements Hypervisor {

    private static final String[] LIST = {"list", "-v", "-c"};
    private static final String[] LIST_LONG = {"list", "-l"};
    private static final String[] UPTIME = {"uptime"};
    private static final String[] INFO = {"info", "-n"};
    private static final String[] VCPUS = {"vcpu-list"};
    private static final String[] POOLS = {"cpupool-list"};
    private static final String[] POOL_CPUS = {"cpupool-list", "-c"};

    /** A host file read with {@code cat}: a log is never long in the making. */
    private static final Duration READ_LIMIT = Duration.ofMinutes(1);

    private final Xl xl;
    private final ProgramRunner runner;
    private Dom0Layout layout;

    XenHypervisor(ProgramRunner runner, int verbosity) {
        this.runner = runner;
        this.xl = new Xl(runner, verbosity);
    }

    @Override
    public String hostName() {
        return hostInfo().host();
    }

    @Override
    public HostInfo hostInfo() {
        return hostInfo(xl.read(INFO));
    }

    /** {@code xl info -n} prints every line plain info does, and the topology tables besides. */
    private static HostInfo hostInfo(String info) {
        return Xl.parsed("info -n", text -> XlInfoText.parse(text, Optional.of(text)), info);
    }

    // ---- domains -------------------------------------------------------------------------------

    @Override
    public List<DomainInfo> domains() {
        List<String> read = xl.readAll(List.of(List.of(LIST), List.of(LIST_LONG), List.of(UPTIME), List.of(INFO),
                List.of(VCPUS)));
        Instant now = Instant.now();
        var listed = Xl.parsed("list -v -c", XlListText::parse, read.get(0));
        var configs = Xl.parsed("list -l", XlListLong::parse, read.get(1));
        var started = Xl.parsed("uptime", text -> UptimeText.parse(text, now), read.get(2));
        HostInfo host = hostInfo(read.get(3));
        int dom0Vcpus = vcpus(host, read.get(4)).getOrDefault(DomainInfo.DOMAIN_0, List.of()).size();
        return LiveDomains.of(listed, configs, started, dom0Vcpus, host.xenCommandline(), now);
    }

    @Override
    public Optional<DomainInfo> domain(int domid) {
        return domains().stream().filter(d -> d.domid() == domid).findFirst();
    }

    @Override
    public Optional<DomainInfo> domainNamed(String name) {
        return domains().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /**
     * libxl's JSON of the domain ({@code xl list -l}) back as xl.cfg text, typed as a config
     * file is; empty for Domain-0 and any domain libxl keeps none for.
     */
    @Override
    public Optional<DomainDefinition> definition(int domid) {
        Map<String, Object> config = Xl.parsed("list -l", XlListLong::parse, xl.read(LIST_LONG)).get(domid);
        if (config == null) {
            return Optional.empty();
        }
        String name = LibxlMaps.string(LibxlMaps.map(config, "c_info"), "name", Integer.toString(domid));
        ConfigSource source = XlConfigFromLibxl.of(config, "<live:" + name + ">");
        ParsedConfig parsed = ConfigParser.parse(source);
        DomainConfigResult typed = DomainConfigReader.read(parsed);
        if (parsed.hasErrors() || !typed.isOk()) {
            var diagnostics = parsed.hasErrors() ? parsed.diagnostics() : typed.diagnostics();
            throw new HvException(HvError.FAIL, "cannot read the configuration xl keeps for domain " + domid + ": "
                    + diagnostics.get(0).render());
        }
        return Optional.of(new DomainDefinition(source, typed.config().orElseThrow()));
    }

    /** {@code xl config-update DOMID /dev/null TEXT}: the whole config as one extra setting, no file. */
    @Override
    public void updateDefinition(int domid, DomainDefinition definition) {
        xl.change("config-update", Integer.toString(domid), "/dev/null", text(definition));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Override
    public DomainInfo create(DomainDefinition definition, boolean paused) {
        return create(definition, paused, true);
    }

    /**
     * {@code xl create -q [-p] [-e] /dev/null TEXT}: xl reads the config from the setting it is
     * given after the (empty) file, so it works the same over ssh and leaves no file behind.
     */
    @Override
    public DomainInfo create(DomainDefinition definition, boolean paused, boolean monitored) {
        List<String> args = new ArrayList<>(List.of("create", "-q"));
        if (paused) {
            args.add("-p");
        }
        if (!monitored) {
            args.add("-e");
        }
        args.add("/dev/null");
        args.add(text(definition));
        xl.change(args.toArray(String[]::new));
        String name = definition.config().name();
        return domainNamed(name).orElseThrow(() ->
                new HvException(HvError.FAIL, "xl created domain '" + name + "', but it is gone"));
    }

    @Override
    public void pause(int domid) {
        xl.change("pause", Integer.toString(domid));
    }

    @Override
    public void unpause(int domid) {
        xl.change("unpause", Integer.toString(domid));
    }

    @Override
    public void shutdown(int domid, ShutdownRequest request, boolean acpiFallback) {
        List<String> args = new ArrayList<>(List.of(request == ShutdownRequest.REBOOT ? "reboot" : "shutdown"));
        if (acpiFallback) {
            args.add("-F");
        }
        args.add(Integer.toString(domid));
        xl.change(args.toArray(String[]::new));
    }

    @Override
    public void suspend(int domid) {
        newerXl("suspend", domid);
    }

    @Override
    public void resume(int domid) {
        newerXl("resume", domid);
    }

    /** suspend and resume, which xl has only since after 4.19: an older xl's refusal said plainly. */
    private void newerXl(String command, int domid) {
        try {
            xl.change(command, Integer.toString(domid));
        } catch (HvException e) {
            if (e.getMessage().strip().equals("command not implemented")) {
                throw new HvException(HvError.FAIL, "the xl of " + runner.where() + " has no '" + command
                        + "' command (a newer Xen's xl has it)");
            }
            throw e;
        }
    }

    @Override
    public void destroy(int domid, boolean force) {
        if (force) {
            xl.change("destroy", "-f", Integer.toString(domid));
        } else {
            xl.change("destroy", Integer.toString(domid));
        }
    }

    @Override
    public void rename(int domid, String newName) {
        xl.change("rename", Integer.toString(domid), newName);
    }

    @Override
    public void trigger(int domid, Trigger trigger, int vcpu) {
        xl.change("trigger", Integer.toString(domid), trigger.xlName(), Integer.toString(vcpu));
    }

    @Override
    public void sysrq(int domid, char key) {
        xl.change("sysrq", Integer.toString(domid), String.valueOf(key));
    }

    // ---- memory and vcpus ----------------------------------------------------------------------

    @Override
    public void setMemoryTarget(int domid, long targetKib) {
        xl.change("mem-set", Integer.toString(domid), targetKib + "k");
    }

    @Override
    public void setMaxMemory(int domid, long maxKib) {
        xl.change("mem-max", Integer.toString(domid), maxKib + "k");
    }

    /** {@code xl vcpu-set -i}: whether to overcommit the host is the toolstack's to judge, before. */
    @Override
    public void setOnlineVcpus(int domid, int online) {
        xl.change("vcpu-set", "-i", Integer.toString(domid), Integer.toString(online));
    }

    @Override
    public List<VcpuInfo> vcpus(int domid) {
        List<VcpuInfo> vcpus = allVcpus(hostInfo()).get(domid);
        if (vcpus == null) {
            throw new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain");
        }
        return vcpus;
    }

    private Map<Integer, List<VcpuInfo>> allVcpus(HostInfo host) {
        return vcpus(host, xl.read(VCPUS));
    }

    private static Map<Integer, List<VcpuInfo>> vcpus(HostInfo host, String vcpuList) {
        return Xl.parsed("vcpu-list", text -> VcpuListText.parse(text, host.maxCpuId() + 1), vcpuList);
    }

    /** {@code xl vcpu-pin DOMID VCPU|all HARD|- [SOFT|-]}. */
    @Override
    public void setAffinity(int domid, int vcpu, BitSet hard, BitSet soft) {
        List<String> args = new ArrayList<>(List.of("vcpu-pin", Integer.toString(domid),
                vcpu < 0 ? "all" : Integer.toString(vcpu), hard == null ? "-" : cpus(hard)));
        if (soft != null) {
            args.add(cpus(soft));
        }
        xl.change(args.toArray(String[]::new));
    }

    // ---- scheduling and pools ------------------------------------------------------------------

    @Override
    public DomainSchedParams schedParams(int domid) {
        DomainInfo domain = domain(domid).orElseThrow(() -> new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain"));
        Scheduler scheduler = scheduler(domain.pool());
        DomainSchedParams params = sched(scheduler, xl.read(schedCommand(scheduler), "-d", Integer.toString(domid)))
                .domains().get(domid);
        if (params == null) {
            throw new HvException(HvError.FAIL, "xl " + schedCommand(scheduler) + " -d " + domid + " named no such domain");
        }
        return params;
    }

    @Override
    public void setSchedParams(int domid, DomainSchedParams params) {
        DomainInfo domain = domain(domid).orElseThrow(() -> new HvException(HvError.DOMAIN_NOTFOUND, "Non-existant domain"));
        List<String> args = new ArrayList<>(List.of(schedCommand(scheduler(domain.pool())), "-d", Integer.toString(domid)));
        params.weight().ifPresent(w -> args.addAll(List.of("-w", Integer.toString(w))));
        params.cap().ifPresent(c -> args.addAll(List.of("-c", Integer.toString(c))));
        xl.change(args.toArray(String[]::new));
    }

    @Override
    public PoolSchedParams poolSchedParams(String pool) {
        Scheduler scheduler = scheduler(pool);
        PoolSchedParams params = sched(scheduler, xl.read(schedCommand(scheduler), "-s", "-p", pool)).pools().get(pool);
        if (params == null) {
            throw new HvException(HvError.FAIL, "xl " + schedCommand(scheduler) + " -s -p " + pool + " named no such pool");
        }
        return params;
    }

    @Override
    public void setPoolSchedParams(String pool, PoolSchedParams params) {
        Scheduler scheduler = scheduler(pool);
        List<String> args = new ArrayList<>(List.of(schedCommand(scheduler), "-s", "-p", pool));
        if (scheduler == Scheduler.CREDIT) {
            params.tsliceMs().ifPresent(t -> args.addAll(List.of("-t", Integer.toString(t))));
        }
        params.ratelimitUs().ifPresent(r -> args.addAll(List.of("-r", Integer.toString(r))));
        if (scheduler == Scheduler.CREDIT) {
            params.migrationDelayUs().ifPresent(m -> args.addAll(List.of("-m", Integer.toString(m))));
        }
        xl.change(args.toArray(String[]::new));
    }

    /** The scheduler of a pool, whose parameters xl reads and sets with that scheduler's own command. */
    private Scheduler scheduler(String pool) {
        return cpupools().stream().filter(p -> p.name().equals(pool)).findFirst()
                .map(CpupoolInfo::scheduler)
                .orElseThrow(() -> new HvException(HvError.INVAL, "unknown cpupool '" + pool + "'"));
    }

    private static String schedCommand(Scheduler scheduler) {
        return switch (scheduler) {
            case CREDIT -> "sched-credit";
            case CREDIT2 -> "sched-credit2";
            default -> throw new HvException(HvError.INVAL, "xsh sets no parameters of the " + scheduler.libxlName()
                    + " scheduler");
        };
    }

    private static SchedListing sched(Scheduler scheduler, String text) {
        return scheduler == Scheduler.CREDIT
                ? Xl.parsed("sched-credit", SchedText::parseCredit, text)
                : Xl.parsed("sched-credit2", SchedText::parseCredit2, text);
    }

    @Override
    public List<CpupoolInfo> cpupools() {
        List<String> read = xl.readAll(List.of(List.of(POOLS), List.of(POOL_CPUS)));
        return Xl.parsed("cpupool-list", text -> CpupoolText.parse(text, read.get(1)), read.get(0));
    }

    /** {@code KEY="VALUE"} as xl.cfg's one quoter writes it, for a setting on xl's command line. */
    private static String setting(String key, String value) {
        return key + "=" + new String(ValueText.string(value, '"'), StandardCharsets.UTF_8);
    }

    /** {@code xl cpupool-create name="NAME" sched="SCHED" cpus="2,3"}: settings without a file. */
    @Override
    public CpupoolInfo createCpupool(String name, Scheduler scheduler, BitSet cpus) {
        List<String> args = new ArrayList<>(List.of("cpupool-create", setting("name", name),
                setting("sched", scheduler.libxlName())));
        if (!cpus.isEmpty()) {
            args.add(setting("cpus", cpus(cpus)));
        }
        xl.change(args.toArray(String[]::new));
        return cpupools().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new HvException(HvError.FAIL, "xl created cpupool '" + name + "', but it is gone"));
    }

    @Override
    public void destroyCpupool(String pool) {
        xl.change("cpupool-destroy", pool);
    }

    @Override
    public void renameCpupool(String pool, String newName) {
        xl.change("cpupool-rename", pool, newName);
    }

    @Override
    public void addCpusToPool(String pool, BitSet cpus) {
        xl.change("cpupool-cpu-add", pool, cpus(cpus));
    }

    @Override
    public void removeCpusFromPool(String pool, BitSet cpus) {
        xl.change("cpupool-cpu-remove", pool, cpus(cpus));
    }

    @Override
    public void moveDomainToPool(int domid, String pool) {
        xl.change("cpupool-migrate", Integer.toString(domid), pool);
    }

    // ---- console and memory --------------------------------------------------------------------

    /** Nothing: xl's console is attached by the shell ({@link NativeToolstack#console}). */
    @Override
    public ConsoleLog console(int domid) {
        return new ConsoleLog() {
            @Override
            public List<String> lines() {
                return List.of();
            }

            @Override
            public List<String> linesAfter(int seen) {
                return List.of();
            }
        };
    }

    @Override
    public GuestMemory memory(int domid) {
        throw new HvException(HvError.FAIL, "a real guest's memory is moved by xl itself (save, restore, migrate), "
                + "not read by xsh");
    }

    @Override
    public DomainInfo restore(RestoreRequest request, java.io.InputStream memory) {
        throw new HvException(HvError.FAIL, "on a real Dom0, xl restores its own images (xl restore)");
    }

    @Override
    public DomainInfo createIncoming(RestoreRequest request, String name) {
        throw new HvException(HvError.FAIL, "on a real Dom0, xl receives its own migrations (xl migrate)");
    }

    @Override
    public String dmesg(boolean clear) {
        return clear ? xl.change("dmesg", "-c") : xl.read("dmesg");
    }

    // ---- the Dom0 itself -----------------------------------------------------------------------

    @Override
    public Optional<NativeToolstack> nativeToolstack() {
        return Optional.of(new XlNativeToolstack(xl, this));
    }

    /** This machine's OS, or the remote one's as {@code uname -s} names it. */
    @Override
    public synchronized Dom0Layout dom0Layout() {
        if (layout == null) {
            if (runner.isLocal()) {
                layout = Dom0Layout.of(Dom0Os.current());
            } else {
                String os = program(List.of("uname", "-s")).stdout().strip();
                try {
                    layout = Dom0Layout.of(Dom0Os.named(os));
                } catch (IllegalArgumentException e) {
                    throw new HvException(HvError.FAIL, runner.where() + " runs " + os + ", not a Dom0 xsh knows");
                }
            }
        }
        return layout;
    }

    /** A local file, or the remote one through {@code cat}; empty when there is none. */
    @Override
    public Optional<String> readHostFile(String path) {
        if (runner.isLocal()) {
            return Dom0Layout.readLocal(path);
        }
        Completed cat = runner.run(List.of("cat", "--", path), READ_LIMIT);
        if (cat.succeeded()) {
            return Optional.of(cat.stdout());
        }
        if (cat.stderr().contains("No such file")) {
            return Optional.empty();
        }
        throw new HvException(HvError.FAIL, cat.stderr().strip());
    }

    @Override
    public Storage storage() {
        return new ZfsCommandStorage(ZfsCommand.of(runner));
    }

    @Override
    public void close() {
        xl.forget();
    }

    private Completed program(List<String> argv) {
        try {
            Completed done = runner.run(argv, READ_LIMIT);
            if (!done.succeeded()) {
                throw new HvException(HvError.FAIL, String.join(" ", argv) + " on " + runner.where() + ": "
                        + done.stderr().strip());
            }
            return done;
        } catch (ProgramException e) {
            throw new HvException(HvError.FAIL, e.getMessage());
        }
    }

    /** The xl.cfg text a domain is built from, as one argument. */
    private static String text(DomainDefinition definition) {
        return new String(definition.source().bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A cpu set as xl's cpu lists write it: ranges, never {@code all}. */
    private static String cpus(BitSet cpus) {
        return CpuList.format(cpus, cpus.length() + 1);
    }
}
