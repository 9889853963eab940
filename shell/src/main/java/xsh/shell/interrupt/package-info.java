/** Ctrl-C outside the REPL's own handling: it interrupts the command's or the script's thread. */
package xsh.shell.interrupt;
