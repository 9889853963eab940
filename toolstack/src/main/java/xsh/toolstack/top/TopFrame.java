package xsh.toolstack.top;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import xsh.hv.DomainInfo;

/**
 * What one refresh of {@code top} shows: the sample, the domains counted by state, and a row
 * per domain with its cpu share since the previous sample, in the order of {@code sortedBy}.
 */
public record TopFrame(TopSample sample, StateCounts states, List<TopRow> rows, TopColumn sortedBy) {

    public TopFrame {
        rows = List.copyOf(rows);
    }

    /** The frame of {@code current}; cpu shares are measured from {@code previous} when there is one. */
    public static TopFrame of(Optional<TopSample> previous, TopSample current, TopColumn sortBy) {
        Map<Integer, DomainInfo> before = previous.map(p -> p.domains().stream()
                .collect(Collectors.toMap(DomainInfo::domid, Function.identity())))
                .orElse(Map.of());
        Instant beforeAt = previous.map(TopSample::at).orElse(null);
        List<TopRow> rows = current.domains().stream()
                .map(d -> TopRow.of(d, before.get(d.domid()), beforeAt, current))
                .sorted(sortBy.order())
                .toList();
        return new TopFrame(current, StateCounts.of(current.domains()), rows, sortBy);
    }

    /** The same frame in another column's order. */
    public TopFrame sortedBy(TopColumn column) {
        return new TopFrame(sample, states, rows.stream().sorted(column.order()).toList(), column);
    }
}
