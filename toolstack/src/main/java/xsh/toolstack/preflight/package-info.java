/**
 * {@code host check}: a Dom0's setup against the steps of the seeds' guides (the FreeBSD
 * Handbook's "FreeBSD as a Xen Host", the NetBSD Xen HowTo, a Debian Dom0's packages), read
 * from its files under a root directory. Each step is ok, or says what was found and the
 * exact command that sets it up, as the guide gives it.
 */
package xsh.toolstack.preflight;
