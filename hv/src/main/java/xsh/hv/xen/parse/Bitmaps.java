package xsh.hv.xen.parse;

import java.util.BitSet;

/**
 * CPU sets as xl prints them: print_bitmap's {@code all}, {@code none} and ranges
 * ({@code 0-3,5,7-8}), and cpupool-list -c's plain comma lists.
 */
final class Bitmaps {

    private Bitmaps() {
    }

    /** {@code text} over {@code nrBits} bits ({@code all} sets each of them). */
    static BitSet parse(Lines.Line line, String text, int nrBits) {
        BitSet bits = new BitSet();
        if (text.equals("all")) {
            bits.set(0, nrBits);
            return bits;
        }
        if (text.equals("none") || text.isEmpty()) {
            return bits;
        }
        for (String run : text.split(",", -1)) {
            String[] ends = run.split("-", -1);
            if (ends.length > 2) {
                throw line.error("not a CPU list ('" + text + "')");
            }
            int from = Lines.integer(line, ends[0], "a CPU list");
            int to = ends.length == 2 ? Lines.integer(line, ends[1], "a CPU list") : from;
            if (from < 0 || to < from) {
                throw line.error("not a CPU list ('" + text + "')");
            }
            bits.set(from, to + 1);
        }
        return bits;
    }
}
