/**
 * The scripting DSL of {@code .xsh} files: Groovy with every xsh command as a typed method
 * ({@link xsh.shell.dsl.XshDsl}), working on a host through a {@link xsh.shell.dsl.ScriptContext}.
 * Loaded only when a script runs, so that commands typed at the prompt never load Groovy.
 */
package xsh.shell.dsl;
