package xsh.hv.xen.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.VcpuInfo;

/**
 * {@code xl vcpu-list}'s table: each domain's vcpus in xl's order. An online vcpu shows the
 * pCPU it last ran on and {@code r--}, {@code -b-} or {@code ---}; an offline one {@code -}
 * and {@code --p} (the p is "offline", not "paused"). Affinities are print_bitmap's, over the
 * host's {@code nrCpus} pCPUs ({@code all} means every one of them).
 */
public final class VcpuListText {

    /** Columns after the name: ID VCPU CPU State Time(s) HARD / SOFT. */
    private static final int TRAILING = 8;

    private VcpuListText() {
    }

    public static Map<Integer, List<VcpuInfo>> parse(String stdout, int nrCpus) {
        List<Lines.Line> lines = Lines.nonBlank(stdout);
        if (lines.isEmpty() || !lines.get(0).text().strip().matches("Name\\s+ID\\s+VCPU\\s+CPU\\s+State\\b.*")) {
            throw lines.isEmpty() ? new IllegalArgumentException("line 1: no xl vcpu-list header: ''")
                    : lines.get(0).error("not an xl vcpu-list header");
        }
        Map<Integer, List<VcpuInfo>> vcpus = new LinkedHashMap<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            String[] w = line.text().strip().split("\\s+");
            int at = w.length - TRAILING;
            if (at < 1 || !w[at + 6].equals("/")) {
                throw line.error("expected Name ID VCPU CPU State Time(s) HARD / SOFT");
            }
            int domid = Lines.integer(line, w[at], "ID");
            int vcpu = Lines.integer(line, w[at + 1], "VCPU");
            String cpu = w[at + 2];
            String state = w[at + 3];
            boolean online = !cpu.equals("-");
            if (online ? !state.matches("[r-][b-]-") : !state.equals("--p")) {
                throw line.error("not a vcpu state ('" + cpu + " " + state + "')");
            }
            long nanos = Lines.nanos(line, w[at + 4], "Time(s)");
            BitSet hard = Bitmaps.parse(line, w[at + 5], nrCpus);
            BitSet soft = Bitmaps.parse(line, w[at + 7], nrCpus);
            vcpus.computeIfAbsent(domid, d -> new ArrayList<>()).add(new VcpuInfo(vcpu, online,
                    online ? Lines.integer(line, cpu, "CPU") : -1, state.charAt(0) == 'r', state.charAt(1) == 'b',
                    nanos, hard, soft));
        }
        vcpus.replaceAll((domid, list) -> List.copyOf(list));
        return vcpus;
    }
}
