package xsh.hv.xen.parse;

import java.util.Optional;
import java.util.OptionalInt;
import xsh.hv.DomainState;
import xsh.hv.ShutdownReason;

/**
 * {@code xl list}'s State column ({@code r-----}, {@code --p---}, {@code ---sc-}) read back
 * into a {@link DomainState}. xl prints six fixed positions; shorter strings, which older
 * tools and copied transcripts show ({@code r}, {@code r----}), are read position by
 * position with the missing ones clear.
 */
final class StateFlags {

    private static final String LETTERS = "rbps?d";

    private StateFlags() {
    }

    /**
     * @param reasonCode xl list -v's Reason-Code column when it shows one: the exact reason,
     *                   which the fifth letter cannot give for codes xl prints as {@code ?}
     */
    static DomainState parse(Lines.Line line, String flags, OptionalInt reasonCode) {
        if (flags.isEmpty() || flags.length() > 6) {
            throw line.error("not a domain state ('" + flags + "')");
        }
        for (int i = 0; i < flags.length(); i++) {
            char c = flags.charAt(i);
            boolean known = c == '-' || (i == 4 ? "-rscwS?".indexOf(c) >= 0 : c == LETTERS.charAt(i));
            if (!known) {
                throw line.error("not a domain state ('" + flags + "')");
            }
        }
        boolean shutdown = at(flags, 3) == 's';
        Optional<ShutdownReason> reason = shutdown
                ? Optional.of(reason(reasonCode, at(flags, 4)))
                : Optional.empty();
        return new DomainState(at(flags, 0) == 'r', at(flags, 1) == 'b', at(flags, 2) == 'p' ? 1 : 0, reason,
                at(flags, 5) == 'd');
    }

    private static char at(String flags, int i) {
        return i < flags.length() ? flags.charAt(i) : '-';
    }

    /**
     * The reason from its code when xl printed one, else from the letter. A reason Xen added
     * after xl's table ({@code ?}) is taken as a poweroff: the domain is down, and destroying
     * it is what its on_poweroff default would do.
     */
    private static ShutdownReason reason(OptionalInt code, char letter) {
        if (code.isPresent()) {
            for (ShutdownReason r : ShutdownReason.values()) {
                if (r.code() == code.getAsInt()) {
                    return r;
                }
            }
        }
        for (ShutdownReason r : ShutdownReason.values()) {
            if (r.letter() == letter) {
                return r;
            }
        }
        return ShutdownReason.POWEROFF;
    }
}
