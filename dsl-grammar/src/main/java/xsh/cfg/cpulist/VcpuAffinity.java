package xsh.cfg.cpulist;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value of {@code cpus=} or {@code cpus_soft=} in a domain config. A string pins every
 * vcpu to the same CPULIST; a list gives vcpu {@code i} the list's item {@code i}. With a
 * list, items beyond {@code maxvcpus} are ignored without even being parsed, and vcpus
 * beyond the list's end stay unpinned, as in xl 4.17.
 */
public final class VcpuAffinity {

    private final CpuList shared;
    private final List<String> perVcpu;

    private VcpuAffinity(CpuList shared, List<String> perVcpu) {
        this.shared = shared;
        this.perVcpu = perVcpu;
    }

    /**
     * {@code cpus="..."}: one CPULIST for all vcpus.
     *
     * @throws CpuListException when the list is invalid
     */
    public static VcpuAffinity forAllVcpus(String cpuList) {
        return new VcpuAffinity(CpuList.parse(cpuList), null);
    }

    /**
     * {@code cpus=["...", ...]}: one CPULIST per vcpu. The items are checked only by
     * {@link #cpuLists(int)}, because xl never reads the ones past {@code maxvcpus}.
     */
    public static VcpuAffinity perVcpu(List<String> cpuLists) {
        return new VcpuAffinity(null, List.copyOf(cpuLists));
    }

    public boolean isPerVcpu() {
        return perVcpu != null;
    }

    /**
     * The CPULIST of each pinned vcpu, in vcpu order: {@code maxVcpus} copies of a string
     * form, or the first {@code min(items, maxVcpus)} items of a list.
     *
     * @throws CpuListException for the first invalid item xl would read
     */
    public List<CpuList> cpuLists(int maxVcpus) {
        if (!isPerVcpu()) {
            return Collections.nCopies(maxVcpus, shared);
        }
        List<CpuList> lists = new ArrayList<>();
        for (String item : perVcpu.subList(0, Math.min(perVcpu.size(), maxVcpus))) {
            lists.add(CpuList.parse(item));
        }
        return lists;
    }

    /** The CPUs of each pinned vcpu on {@code host}, as libxl's vcpu affinity array. */
    public List<BitSet> resolve(HostTopology host, int maxVcpus) {
        return cpuLists(maxVcpus).stream().map(list -> list.resolve(host)).collect(Collectors.toList());
    }

    /**
     * Whether setting this turns off libxl's automatic NUMA placement: always for a list;
     * for a string only as soft affinity ({@code cpus_soft}), since a hard-affinity string
     * still lets libxl place the domain within it.
     */
    public boolean disablesNumaPlacement(boolean hardAffinity) {
        return isPerVcpu() || !hardAffinity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VcpuAffinity other && toString().equals(other.toString())
                && isPerVcpu() == other.isPerVcpu();
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** As written in xl.cfg: {@code "0-3"} or {@code ["2", "3-8,^5"]}. */
    @Override
    public String toString() {
        if (!isPerVcpu()) {
            return quote(shared.toString());
        }
        return perVcpu.stream().map(VcpuAffinity::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
