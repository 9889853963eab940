package xsh.hv.sim.storage

import xsh.hv.sim.SimHostFixture
import xsh.hv.storage.StorageException

/** An embedded host's storage, and shorthands for its datasets' properties. */
abstract class StorageFixture extends SimHostFixture {

    EmbeddedStorage getZfs() {
        host.storage()
    }

    String prop(String dataset, String property) {
        zfs.dataset(dataset).orElseThrow().property(property).orElse(null)
    }

    long size(String dataset, String property) {
        prop(dataset, property) as long
    }

    List<String> names() {
        zfs.datasets()*.name()
    }

    /** The refusal's message, or null when the call succeeded. */
    static String refusal(Closure call) {
        try {
            call()
            return null
        } catch (StorageException e) {
            return e.message
        }
    }

    static byte[] bytes(String text) {
        text.getBytes('US-ASCII')
    }
}
