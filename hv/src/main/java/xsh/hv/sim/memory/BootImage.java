package xsh.hv.sim.memory;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import xsh.hv.GuestMemory;

/**
 * A freshly built guest's memory: zero pages except a loaded kernel at the bottom and a
 * page-table-like page every 2 MiB. Written as a sparse file, so a new domain costs disk
 * space only for those few patterned pages.
 */
final class BootImage {

    /** Pages the "kernel" occupies from page 0: 1 MiB. */
    static final int KERNEL_PAGES = 256;
    /** One patterned page per this many pages: every 2 MiB. */
    static final int TABLE_STRIDE = 512;

    private BootImage() {
    }

    static boolean isPatterned(long page) {
        return page < KERNEL_PAGES || page % TABLE_STRIDE == 0;
    }

    /** Creates {@code file} (replacing any leftover) holding the boot image, synced. */
    static void write(Path file, long seed, int pages) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(0);
            raf.setLength((long) pages * GuestMemory.PAGE_SIZE); // a hole: reads as zeros, takes no space
            FileChannel channel = raf.getChannel();
            byte[] page = new byte[GuestMemory.PAGE_SIZE];
            for (long number = 0; number < pages; number = next(number)) {
                PageContent.fillBoot(page, 0, seed, number);
                ByteBuffer buffer = ByteBuffer.wrap(page);
                long at = number * GuestMemory.PAGE_SIZE;
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
            }
            channel.force(true);
        }
    }

    private static long next(long page) {
        return page + 1 < KERNEL_PAGES ? page + 1 : (page + 1 + TABLE_STRIDE - 1) / TABLE_STRIDE * TABLE_STRIDE;
    }
}
