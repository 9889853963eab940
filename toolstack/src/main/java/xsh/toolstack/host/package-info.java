/**
 * Embedded hosts as objects of their own: their names, the size of a new one, the catalog
 * under {@code XSH_HOME}, and guest events injected into a simulated host.
 */
package xsh.toolstack.host;
