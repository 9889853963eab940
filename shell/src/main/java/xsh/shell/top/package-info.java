/**
 * {@code top}: a live full-screen view of the domains at a terminal, redrawn every delay,
 * sorted by the column the keys choose; plain text or JSON frames when the output is not a
 * terminal (xentop's batch mode).
 */
package xsh.shell.top;
