package xsh.cfg.disk;

/**
 * Splits one disk spec string into tokens the way xl 4.17's flex scanner does.
 *
 * <p>xl's scanner picks, at each position, the rule with the longest match, and the earliest
 * rule on a tie. Several of its rules have trailing context (flex's {@code r/s}) that counts
 * towards the length but is not consumed: a deprecated prefix like {@code raw:} "matches" the
 * whole rest of the line so that it beats a positional parameter, and leading whitespace
 * matches together with the rest of the line so that it is skipped rather than becoming
 * part of a value. {@link Rule} lists the rules in flex's order with, for each, the length
 * it competes with ({@link Match#extent}) and the length it consumes ({@link Match#consumed}).
 * Writing them as small functions instead of regular expressions keeps flex's longest-match
 * semantics exact, which java.util.regex (first alternative wins) would not.
 *
 * <p>{@code .} in flex does not match a newline, so "the rest of the line" stops there; specs
 * with newlines are unusual but must not lex differently from xl.
 */
final class DiskSpecLexer {

    /** A token: the rule that matched and the text it consumed (flex's {@code yytext}). */
    record Token(Rule rule, String text) {
    }

    /** How far a rule matches at a position: the competing length and the consumed length. */
    record Match(int extent, int consumed) {
        static Match of(int length) {
            return new Match(length, length);
        }
    }

    @FunctionalInterface
    private interface Matcher {
        /** The match at {@code at}, or null. */
        Match at(String input, int at);
    }

    /** xl 4.17's scanner rules, in its order (which breaks ties). */
    enum Rule {
        /** Blanks before a parameter: skipped (they compete with the rest of the line). */
        WHITESPACE(DiskSpecLexer::whitespace),
        FORMAT(keywordValue("format=")),
        CDROM(flag("cdrom")),
        DEVTYPE_CDROM(flag("devtype=cdrom")),
        DEVTYPE_DISK(flag("devtype=disk")),
        /** Any other devtype: an error that shows the whole token. */
        DEVTYPE_OTHER(keywordValue("devtype=")),
        ACCESS(keywordValue("access=")),
        BACKEND(keywordValue("backend=")),
        BACKENDTYPE(keywordValue("backendtype=")),
        SPECIFICATION(keywordValue("specification=")),
        VDEV(keywordValue("vdev=")),
        SCRIPT(keywordValue("script=")),
        DIRECT_IO_SAFE(flag("direct-io-safe")),
        DISCARD(flag("discard")),
        NO_DISCARD(flag("no-discard")),
        COLO(flag("colo")),
        NO_COLO(flag("no-colo")),
        COLO_HOST(keywordValue("colo-host=")),
        COLO_PORT(keywordValue("colo-port=")),
        COLO_EXPORT(keywordValue("colo-export=")),
        ACTIVE_DISK(keywordValue("active-disk=")),
        HIDDEN_DISK(keywordValue("hidden-disk=")),
        // xl 4.17's .l source lists trusted/untrusted here, but the scanner it ships was
        // generated before they were added: they lex as positional parameters.
        /** {@code target=}: takes the rest of the line, commas included. */
        TARGET(DiskSpecLexer::target),
        /** {@code name=} with an unknown name: consumes only one character of the value. */
        UNKNOWN_PARAMETER(DiskSpecLexer::unknownParameter),
        /** {@code raw:} {@code qcow:} {@code qcow2:} {@code vhd:}: set the format. */
        FORMAT_PREFIX(prefix("raw", "qcow", "qcow2", "vhd")),
        /** {@code iscsi:} {@code nbd:} {@code enbd:} {@code drbd:}: set a block-* script. */
        SCRIPT_PREFIX(prefix("iscsi", "nbd", "enbd", "drbd")),
        /** Prefixes xl accepts and ignores; each is a separate flex rule, same action. */
        IGNORED_PREFIX(prefix("tapdisk", "tap", "tap2", "aio", "ioemu", "file", "phy")),
        /** Any other {@code word:} not followed by a letter or digit. */
        UNKNOWN_PREFIX(DiskSpecLexer::unknownPrefix),
        /** Anything without {@code =} up to the next comma. */
        POSITIONAL(DiskSpecLexer::positional),
        /**
         * A lone character no other rule takes, which can only be {@code =}. The scanner then
         * switches to its error state and takes the rest of the line with it; see
         * {@link DiskSpecLexer#next()}.
         */
        STRAY_CHARACTER(DiskSpecLexer::strayCharacter),
        /**
         * Not a pattern: the error-state token ({@code =} plus the rest of the line), reported
         * as "bad disk syntax".
         */
        BAD_SYNTAX(null),
        /**
         * Not a pattern: in its error state flex finds nothing to match before a newline and
         * aborts the whole program with "flex scanner jammed".
         */
        SCANNER_JAMMED(null);

        private final Matcher matcher;

        Rule(Matcher matcher) {
            this.matcher = matcher;
        }
    }

    private final String input;
    private int position;

    DiskSpecLexer(String input) {
        this.input = input;
    }

    /** The next token, or null at the end of the input. Whitespace tokens are returned too. */
    Token next() {
        if (position >= input.length()) {
            return null;
        }
        Rule best = null;
        Match bestMatch = null;
        for (Rule rule : Rule.values()) {
            if (rule.matcher == null) {
                continue;
            }
            Match match = rule.matcher.at(input, position);
            // strictly longer only: on a tie the earlier rule wins, as in flex
            if (match != null && (bestMatch == null || match.extent() > bestMatch.extent())) {
                best = rule;
                bestMatch = match;
            }
        }
        // some rule always matches: blanks take WHITESPACE, '=' at least STRAY_CHARACTER and
        // any other character at least POSITIONAL
        String text = input.substring(position, position + bestMatch.consumed());
        position += bestMatch.consumed();
        if (best == Rule.STRAY_CHARACTER) {
            return errorState(text);
        }
        return new Token(best, text);
    }

    /**
     * After a stray character xl's scanner keeps it ({@code yymore}) and, in its error state,
     * matches the rest of the line. At the end of the input the error state simply ends: the
     * stray {@code =} is silently dropped. Right before a newline nothing matches at all.
     */
    private Token errorState(String stray) {
        if (position >= input.length()) {
            return null;
        }
        int end = endOfLine(input, position);
        if (end == position) {
            return new Token(Rule.SCANNER_JAMMED, stray);
        }
        String text = stray + input.substring(position, end);
        position = end;
        return new Token(Rule.BAD_SYNTAX, text);
    }

    // ----- the rules' patterns ---------------------------------------------------------------

    /** {@code [ \t\n]+/([^ \t\n].*)?} */
    private static Match whitespace(String s, int at) {
        int end = at;
        while (end < s.length() && isBlank(s.charAt(end))) {
            end++;
        }
        if (end == at) {
            return null;
        }
        return new Match(endOfLine(s, end) - at, end - at);
    }

    /** {@code keyword[^,]*,?}, for {@code keyword=value} parameters. */
    private static Matcher keywordValue(String keyword) {
        return (s, at) -> {
            if (!s.startsWith(keyword, at)) {
                return null;
            }
            int end = at + keyword.length();
            while (end < s.length() && s.charAt(end) != ',') {
                end++;
            }
            return Match.of(withOptionalComma(s, end) - at);
        };
    }

    /** {@code word,?}, for flags and the fixed {@code devtype=} values. */
    private static Matcher flag(String word) {
        return (s, at) -> s.startsWith(word, at)
                ? Match.of(withOptionalComma(s, at + word.length()) - at)
                : null;
    }

    /** {@code target=.*} */
    private static Match target(String s, int at) {
        String keyword = "target=";
        return s.startsWith(keyword, at)
                ? Match.of(endOfLine(s, at + keyword.length()) - at)
                : null;
    }

    /** {@code [a-z][-a-z0-9]*=[^,],?} */
    private static Match unknownParameter(String s, int at) {
        if (at >= s.length() || !isLowerLetter(s.charAt(at))) {
            return null;
        }
        int end = at + 1;
        while (end < s.length() && (isLowerLetter(s.charAt(end)) || isDigit(s.charAt(end))
                || s.charAt(end) == '-')) {
            end++;
        }
        if (end + 1 >= s.length() || s.charAt(end) != '=' || s.charAt(end + 1) == ',') {
            return null;
        }
        end += 1 + Character.charCount(s.codePointAt(end + 1));
        return Match.of(withOptionalComma(s, end) - at);
    }

    /** {@code (name|name...):/.*}: consumes the prefix, competes with the rest of the line. */
    private static Matcher prefix(String... names) {
        return (s, at) -> {
            Match longest = null;
            for (String name : names) {
                String head = name + ":";
                if (s.startsWith(head, at) && (longest == null || head.length() > longest.consumed())) {
                    int headEnd = at + head.length();
                    longest = new Match(endOfLine(s, headEnd) - at, head.length());
                }
            }
            return longest;
        };
    }

    /** {@code [a-z][a-z0-9]*:/([^a-z0-9].*)?} */
    private static Match unknownPrefix(String s, int at) {
        if (at >= s.length() || !isLowerLetter(s.charAt(at))) {
            return null;
        }
        int end = at + 1;
        while (end < s.length() && (isLowerLetter(s.charAt(end)) || isDigit(s.charAt(end)))) {
            end++;
        }
        if (end >= s.length() || s.charAt(end) != ':') {
            return null;
        }
        int headEnd = end + 1;
        int extentEnd = headEnd;
        if (headEnd < s.length() && !isLowerLetter(s.charAt(headEnd)) && !isDigit(s.charAt(headEnd))) {
            // the context's first character may itself be a newline; '.*' runs on after it
            extentEnd = endOfLine(s, headEnd + 1);
        }
        return new Match(extentEnd - at, headEnd - at);
    }

    /** {@code [^=,]*,|[^=,]+,?} */
    private static Match positional(String s, int at) {
        int end = at;
        while (end < s.length() && s.charAt(end) != '=' && s.charAt(end) != ',') {
            end++;
        }
        if (end < s.length() && s.charAt(end) == ',') {
            return Match.of(end + 1 - at);
        }
        return end > at ? Match.of(end - at) : null;
    }

    /** {@code .} */
    private static Match strayCharacter(String s, int at) {
        return s.charAt(at) != '\n' ? Match.of(1) : null;
    }

    // ----- character classes -------------------------------------------------------------------

    private static int withOptionalComma(String s, int end) {
        return end < s.length() && s.charAt(end) == ',' ? end + 1 : end;
    }

    /** Where flex's {@code .*} starting at {@code from} stops: at a newline or the end. */
    private static int endOfLine(String s, int from) {
        int newline = s.indexOf('\n', from);
        return newline < 0 ? s.length() : newline;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
