/** The cpupool commands: xl's names, options, messages and {@code cpupool-list}'s table. */
package xsh.shell.cpupool;
