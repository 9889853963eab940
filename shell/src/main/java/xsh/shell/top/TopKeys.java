package xsh.shell.top;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The keys of the full-screen view: xentop's (q or Esc quits, s cycles the sort column, the
 * up and down arrows scroll, Ctrl-L repaints), the left and right arrows to move the sort
 * column, and top(1)'s letters for the columns one sorts by most (N name, P cpu share, T cpu
 * time, M memory) plus U for uptime. Ctrl-C quits too: the terminal sends it as a key.
 */
final class TopKeys {

    /** How long a lone Esc waits to be sure it does not start an arrow's sequence. */
    private static final long ESCAPE_WAIT_MILLIS = 150;

    /** The bottom line: what the keys do. */
    static final String HELP = "  q quit  s/Left/Right sort  N name  P cpu%  T time  M mem  U uptime  d delay  Up/Down scroll";

    /** The bottom line while a new delay is typed, as xentop asks for it. */
    static final String DELAY_PROMPT = "  Delay(sec): ";

    private TopKeys() {
    }

    static KeyMap<TopAction> map(Terminal terminal) {
        KeyMap<TopAction> keys = new KeyMap<>();
        keys.bind(TopAction.QUIT, "q", "Q", KeyMap.esc(), KeyMap.ctrl('C'));
        keys.bind(TopAction.SORT_NEXT, "s", "S");
        keys.bind(TopAction.SORT_BY_NAME, "N");
        keys.bind(TopAction.SORT_BY_CPU, "P");
        keys.bind(TopAction.SORT_BY_CPU_TIME, "T");
        keys.bind(TopAction.SORT_BY_MEMORY, "M");
        keys.bind(TopAction.SORT_BY_UPTIME, "U");
        keys.bind(TopAction.REPAINT, KeyMap.ctrl('L'));
        keys.bind(TopAction.DELAY, "d", "D");
        arrow(keys, terminal, TopAction.SCROLL_UP, Capability.key_up, 'A');
        arrow(keys, terminal, TopAction.SCROLL_DOWN, Capability.key_down, 'B');
        arrow(keys, terminal, TopAction.SORT_NEXT, Capability.key_right, 'C');
        arrow(keys, terminal, TopAction.SORT_PREVIOUS, Capability.key_left, 'D');
        keys.setNomatch(TopAction.NONE);
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MILLIS);
        return keys;
    }

    /** The terminal's own sequence for the key, and both ANSI forms whatever terminfo says. */
    private static void arrow(KeyMap<TopAction> keys, Terminal terminal, TopAction action, Capability capability,
                              char ansiFinal) {
        String own = KeyMap.key(terminal, capability);
        if (own != null && !own.isEmpty()) {
            keys.bind(action, own);
        }
        keys.bind(action, "\033[" + ansiFinal, "\033O" + ansiFinal);
    }
}
