/**
 * Helpers for rendering: C's printf conversions as xl's output needs them, and whether the
 * output goes to a person at a terminal.
 */
package xsh.shell.render;
