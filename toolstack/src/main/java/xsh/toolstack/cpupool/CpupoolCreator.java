package xsh.toolstack.cpupool;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import xsh.cfg.cpupool.CpupoolConfig;
import xsh.cfg.cpupool.CpupoolConfigReader;
import xsh.cfg.cpupool.CpupoolConfigResult;
import xsh.cfg.cpupool.CpupoolHost;
import xsh.cfg.cpupool.CpupoolPlan;
import xsh.cfg.cpupool.CpupoolPlanner;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;
import xsh.error.MultiLineException;
import xsh.error.XshException;
import xsh.hv.CpupoolInfo;
import xsh.hv.HostInfo;
import xsh.hv.HvException;
import xsh.hv.Hypervisor;
import xsh.toolstack.domain.LibxlLines;
import xsh.toolstack.vcpu.CpuListArgument;
import xsh.toolstack.vmcontrol.ConfigFileReader;

/**
 * {@code cpupool-create [FILE] [KEY=VALUE...]}: the file's text with each setting appended on
 * a line of its own (the source is named {@code command line} without a file), read as a pool
 * config, checked against the host ({@link #plan}), then created ({@link #create}). Every
 * failure exits 1, as in xl; diagnostics point at a file, line and column, as for create.
 */
public final class CpupoolCreator {

    static final String SOURCE_WITHOUT_FILE = "command line";
    static final String PARSE_FAILURE = "Failed to parse config file: Invalid argument";
    static final String CREATE_FAILURE = "error on creating cpupool";

    private final Hypervisor hv;
    private final boolean xlCompatible;

    /** @param xlCompatible tell libxl's failures as xl prints them, prefix and all */
    public CpupoolCreator(Hypervisor hv, boolean xlCompatible) {
        this.hv = hv;
        this.xlCompatible = xlCompatible;
    }

    public PlannedCpupool plan(Optional<String> file, List<String> settings) {
        ConfigSource source = source(file, settings);
        ParsedConfig parsed = ConfigParser.parse(source);
        if (parsed.hasErrors()) {
            List<String> lines = rendered(parsed.diagnostics());
            lines.add(PARSE_FAILURE);
            throw new MultiLineException(lines, 1);
        }
        CpupoolConfigResult result = CpupoolConfigReader.read(parsed, file);
        if (!result.isOk()) {
            throw new MultiLineException(rendered(result.diagnostics()), 1);
        }
        CpupoolConfig config = result.config().orElseThrow();
        return new PlannedCpupool(CpupoolPlanner.plan(config, host()), rendered(result.warnings()));
    }

    /** Creates the planned pool; Xen's refusal is libxl's line and xl's {@code error on creating cpupool}. */
    public CpupoolInfo create(CpupoolPlan plan) {
        try {
            return hv.createCpupool(plan.name(), plan.scheduler(), plan.cpus());
        } catch (HvException e) {
            throw new MultiLineException(List.of(LibxlLines.of(e, OptionalInt.empty(), xlCompatible), CREATE_FAILURE), 1, e);
        }
    }

    /** What the planner needs of the host: its topology, free pCPUs, pool names and scheduler. */
    private CpupoolHost host() {
        HostInfo info = hv.hostInfo();
        BitSet free = new BitSet();
        free.set(0, CpuListArgument.nrCpus(info));
        Set<String> names = new HashSet<>();
        for (CpupoolInfo pool : hv.cpupools()) {
            free.andNot(pool.cpus());
            names.add(pool.name());
        }
        return new CpupoolHost(CpuListArgument.topology(info), free, names, info.xenScheduler());
    }

    /** xl's text: the file, then {@code "\n" KEY=VALUE} for each setting, then {@code "\n"}. */
    static ConfigSource source(Optional<String> file, List<String> settings) {
        if (file.isPresent()) {
            try {
                return ConfigFileReader.read(file, settings);
            } catch (XshException e) {
                throw new XshException(e.getMessage(), 1, e); // create exits 3 for this; cpupool-create 1
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (String setting : settings) {
            text.write('\n');
            text.writeBytes(setting.getBytes(StandardCharsets.UTF_8));
        }
        if (!settings.isEmpty()) {
            text.write('\n');
        }
        return ConfigSource.of(SOURCE_WITHOUT_FILE, text.toByteArray());
    }

    private static List<String> rendered(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        diagnostics.forEach(d -> lines.add(d.render()));
        return lines;
    }
}
