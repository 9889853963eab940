package xsh.toolstack.zfs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import xsh.hv.storage.DatasetType;

/**
 * One of zfs's native properties: its name, the column header {@code zfs list} gives it, how
 * its value is printed, whether a user may set or inherit it, and which datasets have it.
 *
 * @param values       the words of zfs's usage table ({@code on | off}); for an index
 *                     property also the values {@code zfs set} accepts
 * @param defaultValue the parsable value a dataset has when nothing set it, or {@code null}
 */
public record ZfsProperty(String name, String column, Kind kind, Access access, Set<DatasetType> types,
                          String values, String defaultValue) {

    /** How a parsable value is shown to a person. */
    public enum Kind {
        /** bytes, printed with zfs_nicenum; right-aligned */
        SIZE,
        /** bytes where 0 means {@code none} (quota, reservation); right-aligned */
        LIMIT,
        /** a plain number (userrefs, guid); right-aligned */
        NUMBER,
        /** {@code 1.00} printed as {@code 1.00x}; right-aligned */
        RATIO,
        /** seconds since the epoch, printed as {@code Sat Nov 21  1:34 2026} */
        DATE,
        /** one of a fixed set of words */
        INDEX,
        /** any text: a path, a snapshot name, share options */
        STRING
    }

    /** Who may change it: nobody, the creator only, anyone, anyone and children inherit it. */
    public enum Access { READONLY, ONETIME, DEFAULT, INHERIT }

    /** Whether {@code zfs list} right-aligns its column: numbers are. */
    public boolean rightAligned() {
        return kind == Kind.SIZE || kind == Kind.LIMIT || kind == Kind.NUMBER || kind == Kind.RATIO;
    }

    public boolean readonly() {
        return access == Access.READONLY;
    }

    public boolean inheritable() {
        return access == Access.INHERIT;
    }

    public boolean appliesTo(DatasetType type) {
        return types.contains(type);
    }

    /** The words {@code zfs set} accepts for an index property ({@code gzip-[1-9]} spelled out). */
    public List<String> choices() {
        List<String> words = new ArrayList<>();
        for (String word : values.split(" \\| ")) {
            if (word.equals("gzip-[1-9]")) {
                for (int level = 1; level <= 9; level++) {
                    words.add("gzip-" + level);
                }
            } else if (word.equals("sha256[,verify]")) {
                words.add("sha256");
                words.add("sha256,verify");
            } else {
                words.add(word);
            }
        }
        return words;
    }

    static Set<DatasetType> types(DatasetType first, DatasetType... rest) {
        return EnumSet.of(first, rest);
    }
}
