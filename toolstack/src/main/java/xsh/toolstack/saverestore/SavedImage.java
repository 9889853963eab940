package xsh.toolstack.saverestore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * An image read through and found whole: its header, the config it carries, and where its
 * memory is in the file, so the restore can load the pages without reading the structure
 * again.
 *
 * @param config     the optional data's config, without its trailing NUL; empty when the image has none
 * @param domainType libxc's domain type (x86 PV or HVM)
 * @param pageRuns   the file's runs of page data, in page order
 */
public record SavedImage(String file, SaveImageHeader header, Optional<byte[]> config, int domainType,
                         List<PageRun> pageRuns, ImageTrailer trailer) {

    /** {@code pages} consecutive pages of memory at {@code offset} in the file. */
    public record PageRun(long offset, long pages) {
    }

    public SavedImage {
        pageRuns = List.copyOf(pageRuns);
    }

    public long memoryBytes() {
        return pageRuns.stream().mapToLong(PageRun::pages).sum() * xsh.hv.GuestMemory.PAGE_SIZE;
    }

    /** The config as text, as libxl reads the C string. */
    public Optional<String> configText() {
        return config.map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
