/**
 * Commands about the host: {@code info} (xl info) and {@code host create|list|inject} for
 * the embedded simulated hosts.
 */
package xsh.shell.host;
