package xsh.hv.xen.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xsh.hv.NativeProgress;

/**
 * What {@code xl -t save/restore/migrate} writes to stderr, turned into progress: libxc's
 * progress lines ({@code ...: DONE/TOTAL  P%}, which a terminal shows rewritten in place
 * after a CR) become {@link NativeProgress#progress}, every other line a
 * {@link NativeProgress#message}. Lines end at CR or LF.
 *
 * <p>Output arrives in pieces that may end inside a line: an instance keeps the unfinished
 * line until the next {@link #feed(String)} or {@link #finish()}. The static
 * {@link #feed(String, NativeProgress)} reads a piece that holds whole lines only.
 */
public final class XlProgressText {

    private static final Pattern PROGRESS = Pattern.compile(".*?(\\d+)/(\\d+)\\s+(\\d+)%\\s*");

    private final NativeProgress progress;
    private final StringBuilder partial = new StringBuilder();

    public XlProgressText(NativeProgress progress) {
        this.progress = progress;
    }

    /** Reads {@code chunk}, which ends at the end of a line (or of the output). */
    public static void feed(String chunk, NativeProgress progress) {
        XlProgressText text = new XlProgressText(progress);
        text.feed(chunk);
        text.finish();
    }

    /** Reads the next piece of the output; a line it leaves unfinished waits for the next piece. */
    public void feed(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\r' || c == '\n') {
                line(partial.toString());
                partial.setLength(0);
            } else {
                partial.append(c);
            }
        }
    }

    /** The output ended: its last line, if unfinished, is read as it is. */
    public void finish() {
        line(partial.toString());
        partial.setLength(0);
    }

    private void line(String line) {
        if (line.isBlank()) {
            return; // a CR LF pair, or the spaces libxc writes to erase a longer progress line
        }
        Matcher m = PROGRESS.matcher(line);
        if (m.matches() && m.group(1).length() < 19 && m.group(2).length() < 19) {
            progress.progress(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        } else {
            // xl's indent stays (" Savefile contains xl domain config..."): the line is told as xl printed it
            progress.message(line.stripTrailing());
        }
    }
}
