/** glibc's getopt and getopt_long, which xl's and zfs's command lines follow. */
package xsh.toolstack.getopt;
