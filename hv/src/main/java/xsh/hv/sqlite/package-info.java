/**
 * How xsh opens its SQLite files (a host's state, a host's checkpoint catalog): WAL, a busy
 * timeout so several xsh processes share one file, and SQLite's failures told apart.
 */
package xsh.hv.sqlite;
