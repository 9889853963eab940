/**
 * Domains as a command names them: xl's {@code find_domain} resolution of a domain
 * argument (a domid or an exact name), and domids as xl prints them.
 */
package xsh.toolstack.domain;
