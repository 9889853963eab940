package xsh.toolstack.sched;

/** A row of the scheduler's domain table: {@code Name ID Weight Cap}. */
public record DomainWeight(int domid, String name, int weight, int cap) {
}
