package xsh.toolstack.zfs;

/** Option words shared by list and get: -d's depth and -t's types, as zfs reads them. */
final class ListOptions {

    private ListOptions() {
    }

    /** parse_depth: strtol's number (decimal, 0x hex, 0 octal), not negative. */
    static int depth(String text, String command) {
        long value;
        try {
            value = Long.decode(text.strip());
        } catch (NumberFormatException e) {
            throw new ZfsUsageException(text + " is not an integer", command);
        }
        if (value < 0) {
            throw new ZfsUsageException("Depth can not be negative.", command);
        }
        return (int) Math.min(value, DatasetSelection.UNLIMITED);
    }
}
