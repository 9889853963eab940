package xsh.shell.dsl;

import java.nio.file.Path;
import java.time.Instant;
import xsh.toolstack.saverestore.SaveMode;
import xsh.toolstack.saverestore.SaveResult;

/**
 * What {@code save} returns: the domain as it was saved, the image written, its size, and what
 * became of the domain ({@code destroyed}, {@code paused} or {@code running}).
 */
public final class Saved {

    private final Domain domain;
    private final Path file;
    private final Size size;
    private final SaveMode mode;

    private Saved(Domain domain, Path file, Size size, SaveMode mode) {
        this.domain = domain;
        this.file = file;
        this.size = size;
        this.mode = mode;
    }

    static Saved of(SaveResult result, Instant now) {
        return new Saved(new Domain(result.domain(), now), Path.of(result.file()), new Size(result.imageBytes()),
                result.mode());
    }

    /** The domain as it was when it was saved. */
    public Domain getDomain() {
        return domain;
    }

    /** The image, as the path was given. */
    public Path getFile() {
        return file;
    }

    /** The image's size. */
    public Size getSize() {
        return size;
    }

    /** {@code destroyed}, {@code paused} or {@code running}: what became of the domain. */
    public String getThen() {
        return switch (mode) {
            case DESTROY -> "destroyed";
            case LEAVE_PAUSED -> "paused";
            case CHECKPOINT -> "running";
        };
    }

    /** {@code web saved to web-1.save (512 MiB), paused}. */
    @Override
    public String toString() {
        return domain.getName() + " saved to " + file + " (" + size + "), " + getThen();
    }
}
