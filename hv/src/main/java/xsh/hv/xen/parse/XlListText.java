package xsh.hv.xen.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.DomainState;

/**
 * {@code xl list}'s table, with or without {@code -v}, {@code -Z}, claims, {@code -c} and
 * {@code -n}: which columns there are follows from the header. Rows are split on whitespace
 * and read from the right, where every column is one word, so a name is whatever is left
 * (xl's names have no spaces; a transcript whose TABs became spaces still reads).
 */
public final class XlListText {

    private static final Pattern TIME_THEN_POOL = Pattern.compile("(\\d+\\.\\d)(.+)");
    private static final Pattern CLAIM_THEN_POOL = Pattern.compile("(\\d+)(\\D.*)");
    private static final Pattern LABEL_THEN_POOL = Pattern.compile("(-)(.+)");

    private XlListText() {
    }

    public static List<ListedDomain> parse(String stdout) {
        List<Lines.Line> lines = Lines.nonBlank(stdout);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("line 1: no xl list header: ''");
        }
        Lines.Line header = lines.get(0);
        Columns columns = Columns.of(header);
        List<ListedDomain> domains = new ArrayList<>();
        for (Lines.Line line : lines.subList(1, lines.size())) {
            domains.add(columns.row(line));
        }
        return domains;
    }

    /** The optional columns a header announces, in xl's order after Time(s). */
    private record Columns(boolean verbose, boolean label, boolean claims, boolean pool, boolean nodes) {

        static Columns of(Lines.Line header) {
            String text = header.text();
            List<String> words = Arrays.asList(text.strip().split("\\s+"));
            if (words.size() < 6 || !words.subList(0, 6).equals(List.of("Name", "ID", "Mem", "VCPUs", "State", "Time(s)"))) {
                throw header.error("not an xl list header");
            }
            boolean verbose = text.contains("UUID");
            return new Columns(verbose, !verbose && text.contains("Security Label"), text.contains("Claimed"),
                    text.contains("Cpupool"), text.contains("NODE Affinity"));
        }

        int trailing() {
            return 5 + (verbose ? 3 : 0) + (label ? 1 : 0) + (claims ? 1 : 0) + (pool ? 1 : 0) + (nodes ? 1 : 0);
        }

        ListedDomain row(Lines.Line line) {
            String[] words = unmerge(line.text().strip().split("\\s+"));
            int first = words.length - trailing();
            if (first < 1) {
                throw line.error("expected " + (trailing() + 1) + " columns of xl list");
            }
            String name = String.join(" ", Arrays.asList(words).subList(0, first));
            int at = first;
            int domid = Lines.integer(line, words[at++], "ID");
            long mem = Lines.longInteger(line, words[at++], "Mem");
            int vcpus = Lines.integer(line, words[at++], "VCPUs");
            String flags = words[at++];
            long nanos = Lines.nanos(line, words[at++], "Time(s)");
            Optional<UUID> uuid = Optional.empty();
            OptionalInt reason = OptionalInt.empty();
            if (verbose) {
                uuid = Optional.of(uuid(line, words[at++]));
                String code = words[at++];
                if (!code.equals("-")) {
                    try {
                        reason = OptionalInt.of(Integer.parseInt(code, 16));
                    } catch (NumberFormatException e) {
                        throw line.error("not a Reason-Code ('" + code + "')");
                    }
                }
                at++; // security label
            }
            if (label) {
                at++;
            }
            if (claims) {
                at++;
            }
            Optional<String> poolName = pool ? Optional.of(words[at++]) : Optional.empty();
            DomainState state = StateFlags.parse(line, flags, reason);
            return new ListedDomain(name, domid, mem, vcpus, state, nanos, uuid, poolName);
        }

        /**
         * xl prints the pool as {@code %16s} with no space before it, so a name of 16 characters
         * or more runs into the column before: the cpu time ({@code 1.5Pool-with-a-long-name}),
         * a claim, or the security label ({@code -Pool-with-a-long-name}). A row one word short
         * is split there.
         */
        private String[] unmerge(String[] words) {
            if (!pool || words.length != trailing()) {
                return words;
            }
            int at = words.length - 1 - (nodes ? 1 : 0);
            Matcher m = (verbose || label ? LABEL_THEN_POOL : claims ? CLAIM_THEN_POOL : TIME_THEN_POOL).matcher(words[at]);
            if (!m.matches()) {
                return words;
            }
            List<String> split = new ArrayList<>(Arrays.asList(words));
            split.set(at, m.group(1));
            split.add(at + 1, m.group(2));
            return split.toArray(String[]::new);
        }

        private static UUID uuid(Lines.Line line, String text) {
            if (!text.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
                throw line.error("not a UUID ('" + text + "')");
            }
            return UUID.fromString(text);
        }
    }
}
