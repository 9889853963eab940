package xsh.cfg.write;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces the target (the backing path) inside a disk spec string and nothing else: the
 * text after {@code target=} when the spec has one, else its first positional parameter,
 * after any deprecated prefixes such as {@code phy:} or {@code tap:aio:}.
 */
final class DiskTargetRewrite {

    private static final Pattern KEYWORD = Pattern.compile("\\s*[a-z][-a-z0-9_]*=.*", Pattern.DOTALL);
    private static final Pattern PREFIXES = Pattern.compile("^(\\s*(?:[a-z0-9]+:)*)");
    private static final Set<String> FLAGS = Set.of("cdrom", "direct-io-safe", "discard", "no-discard", "colo", "no-colo");

    private DiskTargetRewrite() {
    }

    static String withTarget(String spec, String target) {
        int targetKeyword = findTargetKeyword(spec);
        if (targetKeyword >= 0) {
            return spec.substring(0, targetKeyword) + target;
        }
        int start = 0;
        while (start <= spec.length()) {
            int end = spec.indexOf(',', start);
            if (end < 0) {
                end = spec.length();
            }
            String part = spec.substring(start, end);
            if (!KEYWORD.matcher(part).matches() && !FLAGS.contains(part.strip())) {
                var prefix = PREFIXES.matcher(part);
                int prefixLength = prefix.find() ? prefix.group(1).length() : 0;
                return spec.substring(0, start + prefixLength) + target + spec.substring(end);
            }
            start = end + 1;
        }
        return spec + "," + target;
    }

    /** Offset just after {@code target=} where it starts a parameter, or -1. */
    private static int findTargetKeyword(String spec) {
        int start = 0;
        while (start <= spec.length()) {
            String rest = spec.substring(start).stripLeading();
            int skipped = spec.length() - start - rest.length();
            if (rest.startsWith("target=")) {
                return start + skipped + "target=".length();
            }
            int comma = spec.indexOf(',', start);
            if (comma < 0) {
                return -1;
            }
            start = comma + 1;
        }
        return -1;
    }
}
