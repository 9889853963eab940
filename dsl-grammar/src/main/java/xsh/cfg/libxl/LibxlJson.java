package xsh.cfg.libxl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An object of libxl's generated JSON, built field by field in libxl's order. libxl leaves
 * out every field still at its initial value, so each {@code put} here writes only a value
 * that was set: a defbool as {@code "True"}/{@code "False"}, a string even when empty, a
 * number when it differs from the field's "unset" value, a bitmap as its set bits.
 */
final class LibxlJson {

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    Map<String, Object> map() {
        return fields;
    }

    LibxlJson defbool(String key, Optional<Boolean> value) {
        value.ifPresent(v -> fields.put(key, v ? "True" : "False"));
        return this;
    }

    LibxlJson string(String key, Optional<String> value) {
        value.ifPresent(v -> fields.put(key, v));
        return this;
    }

    /** A C int: written when set, truncated to 32 bits as xl stores it. */
    LibxlJson integer(String key, OptionalLong value) {
        value.ifPresent(v -> fields.put(key, (int) v));
        return this;
    }

    /** An int whose "unset" value is not 0 (libxl's -1 defaults): written unless equal to it. */
    LibxlJson integerUnless(String key, OptionalLong value, int unset) {
        value.ifPresent(v -> {
            if ((int) v != unset) {
                fields.put(key, (int) v);
            }
        });
        return this;
    }

    /** A uint32 written when non-zero. */
    LibxlJson uint32(String key, OptionalLong value) {
        value.ifPresent(v -> {
            long u = v & 0xffffffffL;
            if (u != 0) {
                fields.put(key, u);
            }
        });
        return this;
    }

    /** A size in MiB stored by xl as KiB in a uint64 (libxl's MemKB). */
    LibxlJson memkb(String key, OptionalLong mib) {
        mib.ifPresent(v -> fields.put(key, unsigned(v * 1024)));
        return this;
    }

    LibxlJson bitmap(String key, BitSet bits) {
        if (!bits.isEmpty()) {
            fields.put(key, setBits(bits));
        }
        return this;
    }

    LibxlJson stringList(String key, List<String> values) {
        if (!values.isEmpty()) {
            fields.put(key, List.copyOf(values));
        }
        return this;
    }

    /** A nested struct: libxl always writes those, empty or not. */
    LibxlJson object(String key, Map<String, Object> value) {
        fields.put(key, value);
        return this;
    }

    LibxlJson raw(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    static List<Integer> setBits(BitSet bits) {
        List<Integer> out = new ArrayList<>();
        bits.stream().forEach(out::add);
        return out;
    }

    private static Number unsigned(long value) {
        return value >= 0 ? value : BigInteger.valueOf(value).add(TWO_TO_64);
    }
}
