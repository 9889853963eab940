package xsh.toolstack.checkpoint.restore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The names a restore gives what it makes, after the seeds' hand procedure: the clone of
 * {@code zroot/debian@1552572976} is {@code zroot/debian-1552572976} and the config
 * {@code debian-1552572976.restored.cfg} beside the image (not the checkpoint's own
 * config's name, which the checkpoint keeps). When one of those is taken (the checkpoint
 * restored before), the suffix becomes {@code 1552572976-2}, {@code -3}..., the first with
 * every name free, so a restore never reuses or overwrites what another made.
 */
final class RestoreNames {

    static final String CONFIG_ENDING = ".restored.cfg";

    private RestoreNames() {
    }

    /** The suffix for this restore: the checkpoint's id, numbered on when taken. */
    static String suffix(long id, String name, List<String> origins, Path directory, Predicate<String> datasetExists) {
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? Long.toString(id) : id + "-" + n;
            boolean free = !Files.exists(config(directory, name, suffix))
                    && origins.stream().noneMatch(origin -> datasetExists.test(clone(origin, suffix)));
            if (free) {
                return suffix;
            }
        }
    }

    static String clone(String origin, String suffix) {
        return origin + "-" + suffix;
    }

    static Path config(Path directory, String name, String suffix) {
        return directory.resolve(name + "-" + suffix + CONFIG_ENDING);
    }

    /** The name the restored domain has while the one it replaces still runs. */
    static String staging(String name, String suffix) {
        return name + "-restoring-" + suffix;
    }
}
