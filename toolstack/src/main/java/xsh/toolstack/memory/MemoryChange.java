package xsh.toolstack.memory;

/** A memory setting that took effect: the domain and the new value in KiB. */
public record MemoryChange(int domid, long kib) {
}
