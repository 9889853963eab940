package xsh.toolstack.sched;

import java.util.List;
import java.util.Optional;

/** What a {@code sched-credit} / {@code sched-credit2} command line comes to. */
public sealed interface SchedView {

    /** No {@code -d} and no {@code -s}: every pool the scheduler runs (or the one of {@code -p}), with its domains. */
    record Listing(List<PoolSection> pools) implements SchedView {
        public Listing {
            pools = List.copyOf(pools);
        }
    }

    /**
     * {@code -d DOMAIN} alone: the header and the domain's row. Under xl a domain whose
     * parameters cannot be read still gets the header, then {@code failure}'s lines on
     * stderr and exit code 1; xsh's own command fails before printing anything.
     */
    record DomainRow(Optional<DomainWeight> row, List<String> failure) implements SchedView {
        public DomainRow {
            failure = List.copyOf(failure);
        }
    }

    /**
     * {@code -s} alone: the pool's line. Under xl a pool whose parameters cannot be read
     * shows {@code [sched params unavailable]} after libxl's lines ({@code problems}), exit 0.
     */
    record PoolLine(PoolSection pool, List<String> problems) implements SchedView {
        public PoolLine {
            problems = List.copyOf(problems);
        }
    }

    /** Values were set; nothing to print. */
    record Changed() implements SchedView {
    }
}
