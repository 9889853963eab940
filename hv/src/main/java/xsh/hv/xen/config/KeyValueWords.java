package xsh.hv.xen.config;

import java.util.Optional;

/** What survives xl's {@code k=v,k=v} device strings that split on commas and trim blanks. */
final class KeyValueWords {

    private KeyValueWords() {
    }

    static boolean writable(Optional<String> value) {
        return value.map(v -> !v.contains(",") && v.strip().equals(v) && !v.isEmpty()).orElse(true);
    }
}
