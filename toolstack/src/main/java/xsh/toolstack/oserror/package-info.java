/** Operating-system failures in the words xl and zfs print for them. */
package xsh.toolstack.oserror;
