package xsh.toolstack.zfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.hv.storage.DatasetType;
import xsh.hv.storage.Storage;
import xsh.hv.storage.StorageException;

/**
 * {@code zfs create [-p] [-o property=value]... filesystem} and {@code zfs create [-ps] [-b
 * blocksize] [-o property=value]... -V size volume}.
 *
 * @param volumeSize the -V size in bytes, or {@code null} for a filesystem
 */
public record ZfsCreate(String name, Long volumeSize, Map<String, String> properties, boolean parents,
                        boolean sparse) implements ZfsRequest {

    static final String COMMAND = "create";
    /** zfs's default volblocksize. */
    static final long DEFAULT_VOLBLOCKSIZE = 8192;

    public static ZfsCreate parse(List<String> args) {
        ZfsGetopt.Parsed parsed;
        try {
            parsed = ZfsGetopt.parse(args, ":V:b:so:pu", COMMAND); // OpenZFS's -u: nothing is mounted here
        } catch (ZfsGetopt.MissingArgument e) {
            throw new ZfsUsageException("missing size argument", COMMAND); // zfs says so for any option
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Long size = null;
        boolean blockSize = false;
        for (ZfsGetopt.Option option : parsed.options()) {
            switch (option.letter()) {
                case 'V' -> size = size(option.argument(), "bad volume size '");
                case 'b' -> {
                    blockSize = true;
                    properties.put("volblocksize", Long.toString(size(option.argument(), "bad volume block size '")));
                }
                case 'o' -> PropertyAssignment.parseOption(option.argument(), properties);
                default -> {
                }
            }
        }
        if ((blockSize || parsed.has('s')) && size == null) {
            throw new ZfsUsageException("'-s' and '-b' can only be used when creating a volume", COMMAND);
        }
        List<String> operands = parsed.operands();
        Zfs.requireOperands(operands, 1, 1, "missing " + (size == null ? "filesystem" : "volume") + " argument", COMMAND);
        return new ZfsCreate(operands.get(0), size, properties, parsed.has('p'), parsed.has('s'));
    }

    private static long size(String text, String what) {
        try {
            return ZfsSizes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new StorageException(what + text + "': " + e.getMessage());
        }
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public ZfsOutcome run(Storage storage, ZfsStreams streams) {
        if (parents && storage.dataset(name).isPresent()) {
            return ZfsOutcome.done(); // -p: an existing dataset is no error
        }
        String prefix = "cannot create '" + name + "'";
        if (volumeSize == null) {
            Map<String, String> checked = PropertyAssignment.checkAll(properties, DatasetType.FILESYSTEM, prefix);
            storage.createFilesystem(name, checked, parents);
            return ZfsOutcome.done();
        }
        Map<String, String> checked = PropertyAssignment.checkAll(properties, DatasetType.VOLUME, prefix);
        long blockSize = Long.parseLong(checked.getOrDefault("volblocksize", Long.toString(DEFAULT_VOLBLOCKSIZE)));
        if (volumeSize == 0) {
            throw new StorageException(prefix + ": volume size cannot be zero");
        }
        if (Long.remainderUnsigned(volumeSize, blockSize) != 0) {
            throw new StorageException(prefix + ": volume size must be a multiple of volume block size");
        }
        if (volumeSize < 0) {
            // 8 EiB or more, read unsigned as zfs reads it, but beyond the host's signed sizes: zfs
            // would try to reserve it all and run out of space; a sparse one the host cannot hold
            throw new StorageException(prefix + (sparse ? ": numeric value is too large" : ": out of space"));
        }
        storage.createVolume(name, volumeSize, checked, parents, sparse);
        return ZfsOutcome.done();
    }
}
