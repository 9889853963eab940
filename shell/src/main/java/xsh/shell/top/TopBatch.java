package xsh.shell.top;

import java.io.PrintWriter;
import xsh.cfg.json.JsonStyle;
import xsh.cfg.json.JsonWriter;
import xsh.toolstack.top.TopFrame;
import xsh.toolstack.top.TopMonitor;
import xsh.toolstack.vmcontrol.Sleeper;

/**
 * xentop's batch mode: frame after frame as plain text (the header and a line per domain,
 * no summary, no escape codes) or as JSON documents, one per frame, until the frames asked
 * for are out or the reader goes away (a closed pipe).
 */
final class TopBatch {

    private TopBatch() {
    }

    static void run(TopMonitor monitor, TopSettings settings, boolean json, PrintWriter out, Sleeper sleeper)
            throws InterruptedException {
        int shown = 0;
        while (true) {
            TopFrame frame = monitor.next(settings.sortBy());
            out.print(json ? JsonWriter.write(TopJson.of(frame), JsonStyle.PRETTY) + "\n"
                    : TopText.table(frame, settings.fullNames()));
            out.flush();
            shown++;
            if (settings.done(shown) || out.checkError()) {
                return;
            }
            sleeper.sleep(settings.delay());
        }
    }
}
