package xsh.hv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.BitSet;

/**
 * A domain's memory as real bytes in pages, for save, restore and live migration: the
 * whole image, the pages a running guest dirtied since the last round, and writing an
 * image back.
 */
public interface GuestMemory {

    int PAGE_SIZE = 4096;

    long sizeBytes();

    default long pages() {
        return sizeBytes() / PAGE_SIZE;
    }

    /** Writes every page, in order. */
    void writeTo(OutputStream out) throws IOException;

    /** Writes the given pages, in order, each as its {@link #PAGE_SIZE} bytes. */
    void writePagesTo(BitSet pages, OutputStream out) throws IOException;

    /**
     * Starts (or restarts) dirty tracking and returns the pages dirtied since the previous
     * call (all pages on the first): one pre-copy round of a live migration.
     */
    BitSet dirtiedSinceLastRound();

    /**
     * The pages dirtied since the last round began, without beginning another: the
     * stop-and-copy's, once the guest is suspended and no round follows, so nothing need be
     * recorded (and waited for) while the guest is down. (A default that begins a round.)
     */
    default BitSet dirtiedWithoutNewRound() {
        return dirtiedSinceLastRound();
    }

    /** Replaces the whole memory with {@link #sizeBytes()} bytes read from {@code in}. */
    void readFrom(InputStream in) throws IOException;

    /**
     * Writes the given pages in place, in order, each from the next {@link #PAGE_SIZE} bytes
     * of {@code in}: the pages of a live migration as they arrive, into a domain that has
     * never run ({@link Hypervisor#createIncoming}). A page may come several times; the last
     * write wins. The pages need not be durable before {@link #sync}. (A default that refuses,
     * for memories that cannot be written page by page.)
     */
    default void readPagesFrom(BitSet pages, InputStream in) throws IOException {
        throw new UnsupportedOperationException("this memory cannot be written page by page");
    }

    /**
     * Makes every page {@link #readPagesFrom} wrote durable: once, when a migration's pages
     * have all arrived and before the domain may run, rather than once for each record. (A
     * default with nothing to do, for memories whose writes are durable as they are made.)
     */
    default void sync() throws IOException {
    }
}
