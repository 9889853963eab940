package xsh.hv.storage;

/** What a dataset is, with the word {@code zfs list -o type} prints for it. */
public enum DatasetType {
    FILESYSTEM("filesystem"),
    VOLUME("volume"),
    SNAPSHOT("snapshot");

    private final String word;

    DatasetType(String word) {
        this.word = word;
    }

    /** zfs's word: {@code filesystem}, {@code volume}, {@code snapshot}. */
    public String word() {
        return word;
    }
}
