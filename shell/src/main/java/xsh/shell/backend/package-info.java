/**
 * How the shell reaches a host: the backend's provider of hosts (the embedded simulator, or a
 * real Dom0 through its xl) and the host the global options select.
 */
package xsh.shell.backend;
