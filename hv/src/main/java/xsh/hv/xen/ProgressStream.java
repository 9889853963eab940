package xsh.hv.xen;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import xsh.hv.NativeProgress;
import xsh.hv.xen.parse.XlProgressText;

/**
 * xl's stderr as it comes, read as progress: whole lines (ended by CR or LF, so that a
 * character is never cut in two) go to {@link XlProgressText}; the rest waits for its end.
 */
final class ProgressStream extends OutputStream {

    private final XlProgressText text;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    ProgressStream(NativeProgress progress) {
        this.text = new XlProgressText(progress);
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        pending.write(bytes, off, len);
        byte[] all = pending.toByteArray();
        int end = all.length;
        while (end > 0 && all[end - 1] != '\n' && all[end - 1] != '\r') {
            end--;
        }
        if (end > 0) {
            text.feed(new String(all, 0, end, StandardCharsets.UTF_8));
            pending.reset();
            pending.write(all, end, all.length - end);
        }
    }

    /** The output ended: a last line without its end is read as it is. */
    @Override
    public synchronized void close() {
        text.feed(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
        text.finish();
    }
}
