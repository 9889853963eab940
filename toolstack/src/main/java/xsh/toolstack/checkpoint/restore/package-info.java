/**
 * Restoring a checkpoint as one step: its snapshots cloned, a config written whose disks point
 * at the clones, and the save image restored with it; and, when anything fails part-way,
 * everything made so far taken down again.
 */
package xsh.toolstack.checkpoint.restore;
