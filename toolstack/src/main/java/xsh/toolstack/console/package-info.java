/**
 * {@code xl console}: which console of a domain to attach to ({@link
 * xsh.toolstack.console.ConsoleType}), and a session that hands the face the guest's
 * output as it comes ({@link xsh.toolstack.console.ConsoleSession}).
 */
package xsh.toolstack.console;
