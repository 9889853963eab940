/** Files of the host's storage that are not zfs's business: a guest's disk image inside a dataset. */
package xsh.shell.storage;
