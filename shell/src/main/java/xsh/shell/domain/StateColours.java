package xsh.shell.domain;

import xsh.hv.DomainState;
import xsh.hv.ShutdownReason;

/**
 * On a terminal, the states an admin must notice stand out in {@code list}'s State column:
 * a crashed guest (crash or watchdog) in bold red, a dying one in magenta, one shut down in
 * red, a paused one in yellow. Only the six flag characters are coloured, so the columns stay
 * where xl has them.
 */
final class StateColours {

    private static final String RESET = "\u001b[0m";

    private StateColours() {
    }

    static String coloured(DomainState state) {
        String colour = colourOf(state);
        return colour == null ? state.flags() : colour + state.flags() + RESET;
    }

    private static String colourOf(DomainState state) {
        if (state.shutdown().filter(r -> r == ShutdownReason.CRASH || r == ShutdownReason.WATCHDOG).isPresent()) {
            return "\u001b[1;31m";
        }
        if (state.dying()) {
            return "\u001b[35m";
        }
        if (state.isShutdown()) {
            return "\u001b[31m";
        }
        if (state.paused()) {
            return "\u001b[33m";
        }
        return null;
    }
}
