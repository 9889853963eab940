/**
 * Remote hosts: {@code --host ssh://[user@]host[:port]} and {@code connect} run xsh's commands
 * by running {@code xsh} on that host over ssh, through one master connection per target that
 * xsh opens on first use and closes when it exits; {@code hosts} lists the hosts xsh knows.
 */
package xsh.shell.remote;
