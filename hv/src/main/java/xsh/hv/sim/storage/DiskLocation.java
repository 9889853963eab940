package xsh.hv.sim.storage;

/**
 * Where a guest's disk lives in the embedded storage: a volume's data or a file of a
 * filesystem, live.
 *
 * @param size bytes the guest sees (volsize, or the file's size)
 */
public record DiskLocation(long datasetId, long obj, int blockSize, long size) {

    /** How many records the disk has. */
    public long records() {
        return BlockMap.records(size, blockSize);
    }
}
