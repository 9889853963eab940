package xsh.hv.xen.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A lenient view of one object of libxl's JSON as a JSON reader hands it over. xl versions
 * add, drop and fill in keys, so a key that is missing, of another type or holding one of
 * libxl's "unset" sentinels (-1, 2^64-1) reads as absent: nothing here throws.
 */
final class LibxlObject {

    private static final LibxlObject EMPTY = new LibxlObject(Map.of());

    private final Map<?, ?> fields;

    private LibxlObject(Map<?, ?> fields) {
        this.fields = fields;
    }

    /** The object, or an empty one when the value is not a JSON object. */
    static LibxlObject of(Object value) {
        return value instanceof Map<?, ?> map ? new LibxlObject(map) : EMPTY;
    }

    boolean has(String key) {
        return fields.get(key) != null;
    }

    /** A string; any JSON reader's character sequence (Groovy's lazy values, a GString) counts. */
    Optional<String> string(String key) {
        return fields.get(key) instanceof CharSequence s ? Optional.of(s.toString()) : Optional.empty();
    }

    /** A whole number that fits a long and is not negative; a negative one is libxl's "unset". */
    OptionalLong count(String key) {
        OptionalLong value = integer(key);
        return value.isPresent() && value.getAsLong() >= 0 ? value : OptionalLong.empty();
    }

    /** A whole number that fits a long, also when written as a decimal string. */
    OptionalLong integer(String key) {
        return integer(fields.get(key));
    }

    static OptionalLong integer(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return OptionalLong.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? OptionalLong.of(big.longValue()) : OptionalLong.empty();
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return OptionalLong.of(decimal.longValueExact());
            } catch (ArithmeticException notWhole) {
                return OptionalLong.empty();
            }
        }
        if (value instanceof CharSequence s && s.toString().matches("-?[0-9]{1,18}")) {
            return OptionalLong.of(Long.parseLong(s.toString()));
        }
        return OptionalLong.empty();
    }

    /** A defbool: {@code "True"}/{@code "False"} (also a JSON boolean); {@code "<default>"} is unset. */
    Optional<Boolean> defbool(String key) {
        Object value = fields.get(key);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        String text = value instanceof CharSequence s ? s.toString() : "";
        if (text.equals("True") || text.equals("true")) {
            return Optional.of(true);
        }
        if (text.equals("False") || text.equals("false")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A C int flag (libxl prints 1 when set) or a bool. */
    boolean flag(String key) {
        Object value = fields.get(key);
        return Boolean.TRUE.equals(value) || integer(value).orElse(0) != 0 || defbool(key).orElse(false);
    }

    LibxlObject object(String key) {
        return of(fields.get(key));
    }

    List<?> list(String key) {
        return fields.get(key) instanceof List<?> list ? list : List.of();
    }

    List<LibxlObject> objects(String key) {
        List<LibxlObject> out = new ArrayList<>();
        for (Object item : list(key)) {
            out.add(of(item));
        }
        return out;
    }

    /** A string list; other items are skipped. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object item : list(key)) {
            if (item instanceof CharSequence s) {
                out.add(s.toString());
            }
        }
        return out;
    }

    /** A bitmap written as the list of its set bits. */
    BitSet bitmap(String key) {
        return bits(fields.get(key));
    }

    static BitSet bits(Object value) {
        BitSet bits = new BitSet();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                OptionalLong bit = integer(item);
                if (bit.isPresent() && bit.getAsLong() >= 0 && bit.getAsLong() < Integer.MAX_VALUE) {
                    bits.set((int) bit.getAsLong());
                }
            }
        }
        return bits;
    }

    /** The keys, in the order the JSON gave them. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        fields.keySet().forEach(k -> keys.add(String.valueOf(k)));
        return keys;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }
}
