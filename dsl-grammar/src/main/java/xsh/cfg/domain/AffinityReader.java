package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;
import xsh.cfg.cpulist.CpuList;
import xsh.cfg.cpulist.CpuListException;
import xsh.cfg.cpulist.VcpuAffinity;
import xsh.cfg.raw.Atom;

/**
 * {@code cpus} and {@code cpus_soft}, each a CPU list string or a list of them. xl checks
 * the syntax at parse time (and only of the list items it reads: one per vCPU up to the
 * maximum); which pCPUs {@code all} and {@code node:N} stand for is decided on the host.
 */
final class AffinityReader {

    private final ReadContext ctx;

    AffinityReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void read(DomainConfigBuilder b) {
        int maxVcpus = (int) b.vcpus.xlMaxVcpus();
        b.cpus = affinity("cpus", maxVcpus);
        b.cpusWritten = written("cpus");
        b.cpusSoft = affinity("cpus_soft", maxVcpus);
        b.cpusSoftWritten = written("cpus_soft");
    }

    private Optional<StringOrList> written(String key) {
        if (ctx.isList(key)) {
            return Optional.of(StringOrList.list(ctx.atomList(key).orElseThrow().stream().map(Atom::text).toList()));
        }
        return ctx.quietString(key).map(StringOrList::single);
    }

    private Optional<VcpuAffinity> affinity(String key, int maxVcpus) {
        if (ctx.isList(key)) {
            List<Atom> items = ctx.atomList(key).orElseThrow();
            for (Atom item : items.subList(0, Math.max(0, Math.min(items.size(), maxVcpus)))) {
                check(item);
            }
            return Optional.of(VcpuAffinity.perVcpu(items.stream().map(Atom::text).toList()));
        }
        if (!ctx.has(key)) {
            return Optional.empty();
        }
        Atom atom = (Atom) ctx.setting(key).orElseThrow().value();
        check(atom);
        return Optional.of(VcpuAffinity.forAllVcpus(atom.text()));
    }

    private void check(Atom cpuList) {
        try {
            CpuList.parse(cpuList.text());
        } catch (CpuListException e) {
            throw ctx.failAt(cpuList.span(), e.xlMessage() + " (" + e.getMessage() + ")", e.exitCode());
        }
    }
}
