/**
 * Documents generated from the command table for use outside xsh: the bash and zsh completion
 * scripts ({@code xsh completion bash|zsh}) and the man pages (built by {@code mvn -Pman}).
 */
package xsh.shell.docs;
