package xsh.toolstack.checkpoint.restore;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import xsh.hv.DomainInfo;
import xsh.toolstack.checkpoint.Checkpoint;

/**
 * What a checkpoint restore will do, worked out before anything changes (and all a dry run
 * tells).
 *
 * @param checkpoint the checkpoint restored
 * @param name       the restored domain's name
 * @param suffix     what the clones' and the config's names end with: the id, numbered on
 *                   when a restore of it before took those names
 * @param clones     the clones to make, one per snapshot of the checkpoint
 * @param config     the config to write, beside the image, whose disks point at the clones
 * @param replaced   the running domain of that name that the restored one replaces
 */
public record RestorePlan(Checkpoint checkpoint, String name, String suffix, List<PlannedClone> clones, Path config,
                          Optional<DomainInfo> replaced) {

    public RestorePlan {
        clones = List.copyOf(clones);
    }
}
