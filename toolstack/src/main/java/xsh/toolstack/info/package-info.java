/**
 * What xl's {@code xl_info.c} reports: the domains {@code xl list} shows and the lines of
 * {@code xl info}, as typed values a face renders as xl's text or as JSON.
 */
package xsh.toolstack.info;
