package xsh.shell.top;

import java.io.IOError;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import xsh.toolstack.top.TopFrame;
import xsh.toolstack.top.TopMonitor;

/**
 * The full-screen view: on the terminal's alternate screen, in raw mode with the cursor
 * hidden, a new frame every delay, redrawn at once in a new order when a key asks for one
 * (or with a new delay, typed on the bottom line after d); until q (or the frames asked
 * for are out, or the terminal's input ends). The terminal is left as it was found,
 * whatever happens.
 */
final class TopView {

    private static final int ESCAPE = 0x1b;
    private static final int CTRL_C = 0x03;
    private static final int BACKSPACE = 0x08;
    private static final int DELETE = 0x7f;
    private static final int MAX_DELAY_TEXT = 20;

    private final Terminal terminal;
    private final TopMonitor monitor;
    private final TopSettings settings;
    private final ZoneId zone;
    private volatile boolean resized;

    TopView(Terminal terminal, TopMonitor monitor, TopSettings settings, ZoneId zone) {
        this.terminal = terminal;
        this.monitor = monitor;
        this.settings = settings;
        this.zone = zone;
    }

    void run() {
        Attributes saved = terminal.enterRawMode();
        Terminal.SignalHandler previousWinch = terminal.handle(Terminal.Signal.WINCH, signal -> resized = true);
        try {
            // Ctrl-C arrives as a key that quits, rather than a signal that would kill the shell
            Attributes raw = terminal.getAttributes();
            raw.setLocalFlag(LocalFlag.ISIG, false);
            terminal.setAttributes(raw);
            terminal.puts(Capability.enter_ca_mode);
            terminal.puts(Capability.keypad_xmit);
            terminal.puts(Capability.cursor_invisible);
            // the alternate screen keeps the cursor where the shell left it; the display draws from the top left
            terminal.puts(Capability.clear_screen);
            terminal.flush();
            loop(new Display(terminal, true));
        } catch (IOError closed) {
            // the terminal went away (hung up, closed): nothing more to show
        } finally {
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.handle(Terminal.Signal.WINCH, previousWinch);
            terminal.setAttributes(saved);
        }
    }

    private void loop(Display display) {
        BindingReader input = new BindingReader(terminal.reader());
        KeyMap<TopAction> keys = TopKeys.map(terminal);
        Size size = size();
        display.resize(size.getRows(), size.getColumns());
        TopViewState state = TopViewState.of(settings);
        TopFrame frame = monitor.next(state.sortBy());
        int shown = 1;
        long nextFrame = System.nanoTime() + state.delay().toNanos();
        while (true) {
            if (resized) {
                resized = false;
                size = size();
                repaint(display);
                display.resize(size.getRows(), size.getColumns());
            }
            draw(display, frame, state, size, TopKeys.HELP);
            if (settings.done(shown)) {
                return;
            }
            long waitMillis = (nextFrame - System.nanoTime()) / 1_000_000;
            if (waitMillis > 0) {
                int next = input.peekCharacter(waitMillis);
                if (next == NonBlockingReader.EOF) {
                    return;
                }
                if (next != NonBlockingReader.READ_EXPIRED) {
                    TopAction action = input.readBinding(keys, null, false);
                    if (action == null) {
                        return; // the input ended within a key's sequence
                    }
                    state = state.after(action, frame.rows().size());
                    if (state.quit()) {
                        return;
                    }
                    if (action == TopAction.REPAINT) {
                        repaint(display);
                    } else if (action == TopAction.DELAY) {
                        Optional<Duration> delay = askDelay(display, input, frame, state, size);
                        if (delay.isPresent()) {
                            state = state.withDelay(delay.get());
                            nextFrame = System.nanoTime(); // the new pace starts now
                        }
                    }
                    frame = frame.sortedBy(state.sortBy());
                    continue;
                }
            }
            frame = monitor.next(state.sortBy());
            shown++;
            nextFrame = System.nanoTime() + state.delay().toNanos();
        }
    }

    private void draw(Display display, TopFrame frame, TopViewState state, Size size, String bottomLine) {
        display.update(TopScreen.lines(frame, state, settings.fullNames(), zone, size.getRows(), size.getColumns(),
                bottomLine), -1);
        terminal.flush();
    }

    /**
     * xentop's delay prompt on the bottom line: digits (and a point) until Enter; Backspace
     * takes one back, Esc gives up. A delay that is no positive number changes nothing.
     */
    private Optional<Duration> askDelay(Display display, BindingReader input, TopFrame frame, TopViewState state,
                                        Size size) {
        StringBuilder typed = new StringBuilder();
        while (true) {
            draw(display, frame, state, size, TopKeys.DELAY_PROMPT + typed);
            int c = input.readCharacter();
            switch (c) {
                case '\r', '\n' -> {
                    return DelayText.parse(typed.toString());
                }
                case ESCAPE, NonBlockingReader.EOF, CTRL_C -> {
                    return Optional.empty();
                }
                case BACKSPACE, DELETE -> {
                    if (typed.length() > 0) {
                        typed.setLength(typed.length() - 1);
                    }
                }
                default -> {
                    if (c >= ' ' && c < DELETE && typed.length() < MAX_DELAY_TEXT) {
                        typed.append((char) c);
                    }
                }
            }
        }
    }

    /** Draws the next frame on a cleared screen, whatever the screen shows now. */
    private void repaint(Display display) {
        terminal.puts(Capability.clear_screen);
        display.clear();
    }

    /** The terminal's size; a pty nobody sized counts as 80x24. */
    private Size size() {
        Size size = terminal.getSize();
        return size.getRows() <= 0 || size.getColumns() <= 0 ? new Size(80, 24) : size;
    }
}
