package xsh.toolstack.fake

import xsh.hv.GuestMemory

/** A guest's memory held in an array. */
class FakeMemory implements GuestMemory {

    final byte[] bytes

    FakeMemory(byte[] bytes) {
        this.bytes = bytes
    }

    long sizeBytes() { bytes.length }

    void writeTo(OutputStream out) { out.write(bytes) }

    void writePagesTo(BitSet pages, OutputStream out) {
        pages.stream().forEach { out.write(bytes, it * PAGE_SIZE, PAGE_SIZE) }
    }

    BitSet dirtiedSinceLastRound() {
        def all = new BitSet()
        all.set(0, (int) pages())
        all
    }

    void readFrom(InputStream input) { input.readNBytes(bytes, 0, bytes.length) }
}
