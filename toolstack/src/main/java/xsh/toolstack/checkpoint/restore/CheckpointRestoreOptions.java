package xsh.toolstack.checkpoint.restore;

import java.util.Optional;

/**
 * {@code checkpoint restore DOMAIN@ID [--as NAME] [--replace] [-p]}.
 *
 * @param reference {@code DOMAIN@ID}
 * @param as        the restored domain's name, when not the checkpoint's domain's
 * @param replace   a running domain of that name is replaced (only once the restore succeeded)
 * @param paused    leave the restored domain paused
 */
public record CheckpointRestoreOptions(String reference, Optional<String> as, boolean replace, boolean paused) {
}
