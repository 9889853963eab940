package xsh.toolstack.saverestore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import xsh.hv.GuestMemory;
import xsh.toolstack.saverestore.ImageProgress.Step;
import xsh.toolstack.saverestore.SavedImage.PageRun;

/**
 * A save image's memory as one stream: the runs of page data its PAGE_DATA records hold,
 * one after the other, read straight from the file (the records around them were checked
 * when the image was read through).
 */
final class PageRunsInputStream extends InputStream {

    private final FileChannel channel;
    private final List<PageRun> runs;
    private final long total;
    private final ImageProgress progress;
    private int run;
    private long inRun;
    private long done;

    PageRunsInputStream(FileChannel channel, List<PageRun> runs, long total, ImageProgress progress) {
        this.channel = channel;
        this.runs = runs;
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        while (run < runs.size() && inRun == runs.get(run).pages() * GuestMemory.PAGE_SIZE) {
            run++;
            inRun = 0;
        }
        if (run == runs.size()) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        PageRun current = runs.get(run);
        int n = (int) Math.min(length, current.pages() * GuestMemory.PAGE_SIZE - inRun);
        int read = channel.read(ByteBuffer.wrap(into, offset, n), current.offset() + inRun);
        if (read < 0) {
            throw new IOException("the image ended before its memory did");
        }
        inRun += read;
        done += read;
        progress.progress(Step.LOADING, done, total);
        return read;
    }
}
