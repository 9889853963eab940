/**
 * The domain commands, a file per topic as in xl: {@code create}, {@code list}, the
 * lifecycle verbs ({@code pause}, {@code unpause}, {@code destroy}, {@code rename}) and
 * {@code shutdown}/{@code reboot}; with {@code list}'s renderers (xl's table, JSON).
 */
package xsh.shell.domain;
