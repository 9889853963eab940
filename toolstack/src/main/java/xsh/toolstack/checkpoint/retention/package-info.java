/**
 * Which checkpoints a retention policy keeps, in the style of sanoid and zrepl
 * ({@code last=10,hourly=24,daily=7}), and pruning the rest through the catalog.
 */
package xsh.toolstack.checkpoint.retention;
