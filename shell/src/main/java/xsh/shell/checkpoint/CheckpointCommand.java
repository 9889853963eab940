package xsh.shell.checkpoint;

import picocli.CommandLine.Command;

/**
 * {@code checkpoint create|list|show|verify|delete}: the seeds' checkpoint loop ({@code xl save
 * -p}, {@code zfs snapshot}, {@code xl unpause}) as one command whose checkpoints are kept in a
 * catalog, with the means to look after them.
 */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Take, list, check and delete checkpoints: a domain's memory image, config and disk "
            + "snapshots taken at one pause.",
        subcommands = {
            CheckpointCreateCommand.class, CheckpointListCommand.class, CheckpointShowCommand.class,
            CheckpointVerifyCommand.class, CheckpointDeleteCommand.class,
            CheckpointRestoreCommand.class, CheckpointPruneCommand.class,
        })
public final class CheckpointCommand {
}
