package xsh.shell.cfg;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import xsh.cfg.cpupool.CpupoolConfig;
import xsh.cfg.cpupool.CpupoolConfigReader;
import xsh.cfg.cpupool.CpupoolConfigResult;
import xsh.cfg.diag.Diagnostic;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainConfigReader;
import xsh.cfg.domain.DomainConfigResult;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.source.ConfigSource;
import xsh.error.XshException;

/** Reads, parses and types the configuration files named on a command line. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** Parses a file, naming it in diagnostics as the user wrote it. */
    static ParsedConfig parse(String file) {
        Path path = Path.of(file);
        if (Files.exists(path) && !Files.isRegularFile(path) && !file.equals("/dev/null")) {
            // as xl, which reads only plain files: reading /dev/zero or a FIFO would never end
            throw new XshException(file + ": cannot read: not a plain file", 1);
        }
        return ConfigParser.parse(ConfigSource.read(path));
    }

    /** Reads a file as {@code xl create} (domain) or {@code xl cpupool-create} (cpupool) would. */
    static TypedFile read(String file, boolean cpupool) {
        return cpupool ? readCpupool(file) : readDomain(file);
    }

    private static TypedFile readDomain(String file) {
        DomainConfigResult result = DomainConfigReader.read(parse(file));
        List<Diagnostic> findings = new ArrayList<>(result.diagnostics());
        // xl says nothing of keys it never reads; a misspelt key is worth a warning
        result.ignoredKeys().forEach(key -> findings.add(key.warning(file)));
        return new TypedFile(inFileOrder(findings), result.config().map(DomainConfig::describe), result.config(),
                result.isOk() ? 0 : Math.max(1, result.exitCode()));
    }

    private static TypedFile readCpupool(String file) {
        CpupoolConfigResult result = CpupoolConfigReader.read(parse(file), Optional.of(file));
        return new TypedFile(inFileOrder(result.diagnostics()), result.config().map(CpupoolConfig::describe),
                Optional.empty(), result.isOk() ? 0 : 1);
    }

    private static List<Diagnostic> inFileOrder(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return sorted;
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics) {
            err.println(diagnostic.render());
        }
        err.flush();
    }
}
