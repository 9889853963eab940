/**
 * {@code xsh xl ARGS...}: xl's own command line in front of xsh's commands. xl's global
 * options, its command table (names, help texts, option letters), its abbreviations and its
 * getopt_long parsing are reproduced here byte for byte; the command itself is xsh's picocli
 * command of the same name, run in xl-compatible mode.
 */
package xsh.shell.xl;
