package xsh.toolstack.checkpoint.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * A retention policy applied to each domain's checkpoints on its own, as sanoid applies its
 * template to each dataset: the {@code last} N newest are kept; for each of the last N
 * hours (days, weeks, months), the hour holding {@code now} and the N-1 before it in the
 * given time zone, the newest checkpoint taken in that hour is kept; a domain's newest
 * checkpoint is always kept, so a policy can never leave a domain without one. Checkpoints
 * dated after {@code now} (a clock set back) fall in buckets no older than now's, and are
 * judged like the rest.
 */
public final class Retention {

    private static final Comparator<Checkpoint> NEWEST_FIRST =
            Comparator.comparing(Checkpoint::taken).thenComparingLong(Checkpoint::id).reversed();

    private Retention() {
    }

    /** A verdict per checkpoint: by domain (sorted), each domain's oldest first. */
    public static List<Verdict> judge(List<Checkpoint> checkpoints, RetentionPolicy policy, Instant now, ZoneId zone) {
        Map<String, List<Checkpoint>> byDomain = new TreeMap<>();
        for (Checkpoint checkpoint : checkpoints) {
            byDomain.computeIfAbsent(checkpoint.domain(), d -> new ArrayList<>()).add(checkpoint);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (List<Checkpoint> domain : byDomain.values()) {
            verdicts.addAll(judgeDomain(domain, policy, LocalDateTime.ofInstant(now, zone), zone));
        }
        return verdicts;
    }

    private static List<Verdict> judgeDomain(List<Checkpoint> checkpoints, RetentionPolicy policy, LocalDateTime now,
                                             ZoneId zone) {
        List<Checkpoint> newestFirst = new ArrayList<>(checkpoints);
        newestFirst.sort(NEWEST_FIRST);
        Map<Checkpoint, List<String>> keptBy = new LinkedHashMap<>();
        newestFirst.forEach(checkpoint -> keptBy.put(checkpoint, new ArrayList<>()));

        keptBy.get(newestFirst.get(0)).add(Verdict.NEWEST);
        for (int i = 0; i < Math.min(policy.last(), newestFirst.size()); i++) {
            keptBy.get(newestFirst.get(i)).add("last");
        }
        for (Period period : Period.values()) {
            int count = policy.count(period);
            if (count == 0) {
                continue;
            }
            LocalDateTime oldest = period.before(period.bucketOf(now), count - 1L);
            Set<LocalDateTime> filled = new HashSet<>();
            for (Checkpoint checkpoint : newestFirst) {
                LocalDateTime bucket = period.bucketOf(LocalDateTime.ofInstant(checkpoint.taken(), zone));
                if (!bucket.isBefore(oldest) && filled.add(bucket)) {
                    keptBy.get(checkpoint).add(period.key());
                }
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        keptBy.forEach((checkpoint, rules) -> verdicts.add(new Verdict(checkpoint, rules)));
        verdicts.sort(Comparator.comparing(Verdict::checkpoint, NEWEST_FIRST.reversed()));
        return verdicts;
    }
}
