package xsh.hv.xen.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.DomainSchedParams;
import xsh.hv.PoolSchedParams;

/**
 * {@code xl sched-credit} and {@code xl sched-credit2} in all their forms: no arguments
 * (a {@code Cpupool} line and a Name/ID/Weight/Cap table per pool of that scheduler),
 * {@code -d D} (the table alone), {@code -s [-p P]} (the pool line alone). A host with no
 * pool of that scheduler prints nothing, which is an empty listing.
 */
public final class SchedText {

    private static final Pattern POOL = Pattern.compile("Cpupool (.+): (.*)");
    private static final Pattern CREDIT = Pattern.compile("tslice=(\\d+)ms ratelimit=(\\d+)us migration-delay=(\\d+)us");
    private static final Pattern CREDIT2 = Pattern.compile("ratelimit=(\\d+)us");
    private static final String UNAVAILABLE = "[sched params unavailable]";
    private static final List<String> HEADER = List.of("Name", "ID", "Weight", "Cap");

    private SchedText() {
    }

    public static SchedListing parseCredit(String stdout) {
        return parse(stdout, CREDIT, m -> new PoolSchedParams(OptionalInt.of(Integer.parseInt(m.group(1))),
                OptionalInt.of(Integer.parseInt(m.group(2))), OptionalInt.of(Integer.parseInt(m.group(3)))), "sched-credit");
    }

    public static SchedListing parseCredit2(String stdout) {
        return parse(stdout, CREDIT2, m -> new PoolSchedParams(OptionalInt.empty(),
                OptionalInt.of(Integer.parseInt(m.group(1))), OptionalInt.empty()), "sched-credit2");
    }

    private static SchedListing parse(String stdout, Pattern params,
                                      Function<Matcher, PoolSchedParams> pool, String command) {
        Map<String, PoolSchedParams> pools = new LinkedHashMap<>();
        Map<Integer, DomainSchedParams> domains = new LinkedHashMap<>();
        boolean inTable = false;
        for (Lines.Line line : Lines.nonBlank(stdout)) {
            Matcher poolLine = POOL.matcher(line.text().strip());
            String[] words = line.text().strip().split("\\s+");
            if (poolLine.matches()) {
                String settings = poolLine.group(2).strip();
                Matcher m = params.matcher(settings);
                if (settings.equals(UNAVAILABLE)) {
                    pools.put(poolLine.group(1), new PoolSchedParams(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty()));
                } else if (m.matches()) {
                    pools.put(poolLine.group(1), pool.apply(m));
                } else {
                    throw line.error("not xl " + command + "'s cpupool line");
                }
                inTable = false;
            } else if (List.of(words).equals(HEADER)) {
                inTable = true;
            } else if (inTable && words.length >= 4) {
                int at = words.length - 3;
                domains.put(Lines.integer(line, words[at], "ID"), DomainSchedParams.of(
                        Lines.integer(line, words[at + 1], "Weight"), Lines.integer(line, words[at + 2], "Cap")));
            } else {
                throw line.error("not a line of xl " + command);
            }
        }
        return new SchedListing(pools, domains);
    }
}
