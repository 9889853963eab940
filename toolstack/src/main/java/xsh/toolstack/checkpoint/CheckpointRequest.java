package xsh.toolstack.checkpoint;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code checkpoint create DOMAIN [--dataset DS]... [--dir DIR]}.
 *
 * @param datasets  the datasets to snapshot; empty: those holding the domain's disks
 * @param directory where the image and config are written
 */
public record CheckpointRequest(String domain, List<String> datasets, Path directory) {

    public CheckpointRequest {
        datasets = List.copyOf(datasets);
    }
}
