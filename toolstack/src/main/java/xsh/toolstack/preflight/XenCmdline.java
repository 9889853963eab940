package xsh.toolstack.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Xen's command line as words: {@code dom0_mem=8192M dom0_max_vcpus=4 dom0=pvh,verbose ...}. */
record XenCmdline(List<String> words) {

    static XenCmdline of(String text) {
        return new XenCmdline(text.isBlank() ? List.of() : List.of(text.trim().split("\\s+")));
    }

    /** The value of {@code name=VALUE}, the last one given (as Xen parses them in order). */
    Optional<String> value(String name) {
        Optional<String> found = Optional.empty();
        for (String w : words) {
            if (w.startsWith(name + "=")) {
                found = Optional.of(w.substring(name.length() + 1));
            } else if (w.equals(name)) {
                found = Optional.of("");
            }
        }
        return found;
    }

    boolean has(String name) {
        return value(name).isPresent();
    }

    /** A boolean option as Xen reads it: alone, or =1, yes, true, on. */
    boolean enabled(String name) {
        return value(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "", "1", "yes", "true", "on", "enable" -> true;
            default -> false;
        }).orElse(false);
    }

    /** Whether {@code dom0=} lists {@code pvh} (4.11+): {@code dom0=pvh,verbose}. */
    boolean dom0Pvh() {
        return value("dom0").map(v -> List.of(v.split(",")).contains("pvh")).orElse(false);
    }

    /** These words without any {@code name} or {@code name=...}. */
    XenCmdline without(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.equals(name) && !w.startsWith(name + "=")) {
                kept.add(w);
            }
        }
        return new XenCmdline(kept);
    }

    XenCmdline with(String word) {
        List<String> more = new ArrayList<>(words);
        more.add(word);
        return new XenCmdline(more);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
