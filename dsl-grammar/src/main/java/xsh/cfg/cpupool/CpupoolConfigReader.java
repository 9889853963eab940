package xsh.cfg.cpupool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xsh.cfg.access.SettingReader;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cpulist.CpuList;
import xsh.cfg.cpulist.CpuListException;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;
import xsh.cfg.source.SourceSpan;

/**
 * Reads a cpupool config as xl 4.17's {@code cpupool-create} does, up to the point where it
 * needs the host: the name ({@code Missing cpupool name!} without one and without a file),
 * the scheduler ({@code Unknown scheduler}), and the CPU selection, whose CPU list syntax is
 * checked here. A single {@code nodes=} value is warned about and ignored, as xl's list
 * accessor does; the manual's "int or list" is not what xl reads.
 */
public final class CpupoolConfigReader {

    private CpupoolConfigReader() {
    }

    /**
     * @param configFile the file as given on the command line, absent when the config came
     *                   only from {@code key=value} arguments
     */
    public static CpupoolConfigResult read(ParsedConfig parsed, Optional<String> configFile) {
        if (parsed.hasErrors()) {
            return new CpupoolConfigResult(Optional.empty(), parsed.diagnostics());
        }
        Diagnostics diagnostics = new Diagnostics(parsed.source());
        Optional<CpupoolConfig> config = new Reading(new SettingReader(parsed.settings(), diagnostics), diagnostics,
                configFile).read();
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(diagnostics.all());
        return new CpupoolConfigResult(config, all);
    }

    /** libxl_basename: what follows the last slash. */
    static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private record Reading(SettingReader settings, Diagnostics diagnostics, Optional<String> configFile) {

        Optional<CpupoolConfig> read() {
            Optional<String> name = settings.string("name").or(() -> configFile.map(CpupoolConfigReader::basename));
            if (name.isEmpty()) {
                diagnostics.error("Missing cpupool name! (give name= or read the config from a file)");
                return Optional.empty();
            }
            Optional<Scheduler> scheduler = Optional.empty();
            Optional<String> sched = settings.string("sched");
            if (sched.isPresent()) {
                scheduler = Scheduler.fromName(sched.get());
                if (scheduler.isEmpty()) {
                    diagnostics.error(keySpan("sched"), "Unknown scheduler `" + sched.get()
                            + "` (expected credit, credit2, rtds, null or arinc653)");
                    return Optional.empty();
                }
            }
            Optional<CpuSelection> cpus = cpus();
            Optional<Scheduler> chosen = scheduler;
            return cpus.map(c -> new CpupoolConfig(diagnostics.source().name(), name.get(), chosen, c));
        }

        /** nodes (a list, warned about otherwise), else cpus as a list, else cpus as a string. */
        private Optional<CpuSelection> cpus() {
            Optional<List<Atom>> nodes = settings.atomList("nodes");
            if (nodes.isPresent()) {
                return Optional.of(new CpuSelection.Nodes(nodes.get().stream().map(a -> atoi(a.text())).toList()));
            }
            Optional<Setting> cpus = settings.setting("cpus");
            if (cpus.isEmpty()) {
                return Optional.of(new CpuSelection.NoCpus());
            }
            if (cpus.get().value() instanceof ValueList) {
                List<Atom> items = settings.atomList("cpus").orElseThrow();
                return Optional.of(new CpuSelection.CpuNumbers(items.stream().map(a -> atoi(a.text())).toList()));
            }
            Atom text = (Atom) cpus.get().value();
            try {
                return Optional.of(new CpuSelection.CpuListString(CpuList.parse(text.text())));
            } catch (CpuListException e) {
                diagnostics.error(text.span(), e.xlMessage() + " (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }

        private SourceSpan keySpan(String key) {
            return settings.setting(key).orElseThrow().last().keySpan();
        }
    }

    /** C atoi, which is {@code (int) strtol(s, NULL, 10)}: the rest of the text is ignored, no digits give 0. */
    static int atoi(String s) {
        return (int) CNumbers.strtol(s, 0, 10).value();
    }
}
