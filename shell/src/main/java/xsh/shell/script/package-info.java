/**
 * Running {@code .xsh} scripts: Groovy with xsh's DSL ({@link xsh.shell.script.XshScript}, the
 * built-ins over {@link xsh.shell.dsl.XshDsl}), {@code 60.seconds} and {@code 512.MiB}
 * ({@link xsh.shell.script.NumberUnits}), errors told with the script's file and line, and inline
 * Groovy at the prompt ({@code groovy CODE}, {@code :g CODE}). Groovy loads only when a script or
 * inline Groovy runs: recognising a script on xsh's command line ({@link
 * xsh.shell.script.ScriptCommandLine}) touches no Groovy class.
 */
package xsh.shell.script;
