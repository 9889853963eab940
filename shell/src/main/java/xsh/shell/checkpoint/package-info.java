/**
 * {@code checkpoint create|list|show|verify|delete}: a host's checkpoints, kept in its catalog
 * under {@code XSH_HOME/checkpoints/}.
 */
package xsh.shell.checkpoint;
