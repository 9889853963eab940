package xsh.bench.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import xsh.cfg.source.ConfigSource;
import xsh.hv.DomainInfo;
import xsh.hv.sim.SimHost;
import xsh.hv.sim.SimHosts;
import xsh.toolstack.migrate.MigrateRequest;
import xsh.toolstack.migrate.MigrationProgress;
import xsh.toolstack.migrate.MigrationReport;
import xsh.toolstack.migrate.Migrator;
import xsh.toolstack.vmcontrol.ConfigTyper;

/**
 * Live migration of a guest between two embedded hosts in this process, at several dirty
 * rates, in real time: the pre-copy rounds, the total time, the downtime (the guest suspended
 * at the source until the target reports it started) and the bytes sent. Files live under
 * {@code -Dxsh.bench.dir} (default the temporary directory).
 *
 * <p>Usage: {@code java -cp benchmarks.jar xsh.bench.migrate.MigrationBench [MiB] [dirty MiB/s,...]}
 */
public final class MigrationBench {

    private MigrationBench() {
    }

    public static void main(String[] args) throws IOException {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        String rates = args.length > 1 ? args[1] : "1,16,64,256";
        Path base = Path.of(System.getProperty("xsh.bench.dir", System.getProperty("java.io.tmpdir")));
        Path home = Files.createTempDirectory(base, "xsh-migrate-bench");
        try {
            run(home, mib, Stream.of(rates.split(",")).mapToLong(Long::parseLong).toArray());
        } finally {
            deleteTree(home);
        }
    }

    private static void run(Path home, int mib, long[] rates) throws IOException {
        Path kernel = Files.writeString(home.resolve("vmlinuz"), "kernel");
        SimHosts hosts = new SimHosts(home);
        System.out.printf(Locale.ROOT, "guest: %d MiB, files in %s%n", mib, home);
        for (long rate : rates) {
            try (SimHost source = hosts.open("src-" + rate); SimHost target = hosts.open("dst-" + rate)) {
                String config = "name = \"big\"\ntype = \"pv\"\nkernel = \"" + kernel + "\"\nmemory = " + mib
                        + "\nvcpus = 2\n";
                DomainInfo big = source.create(ConfigTyper.type(ConfigSource.of("big.cfg", config.getBytes()))
                        .definition(), false);
                source.setDirtyRate(big.domid(), rate << 20);
                sleep(1000); // the workload under way before the first round
                MigrationReport report;
                try (InProcessLink link = new InProcessLink(target, home)) {
                    report = new Migrator(source, home).migrate(MigrateRequest.of("big"), link, line -> { },
                            MigrationProgress.NONE);
                }
                String rounds = report.perRound().stream()
                        .map(r -> r.pages() + (r.stopAndCopy() ? "*" : "") + "/" + r.ms() + "ms")
                        .collect(Collectors.joining(" "));
                System.out.printf(Locale.ROOT, "dirty %4d MiB/s: %d rounds, total %5d ms, downtime %4d ms, %.1f MiB sent"
                        + " (pages/time per round, * stop-and-copy: %s)%n", rate, report.rounds(), report.totalMs(),
                        report.downtimeMs(), report.bytes() / 1048576.0, rounds);
                target.domainNamed("big").ifPresent(d -> target.destroy(d.domid(), false));
            }
        }
        System.out.println("target: downtime under 50 ms at a low dirty rate");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
