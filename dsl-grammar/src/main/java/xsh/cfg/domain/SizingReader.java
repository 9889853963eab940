package xsh.cfg.domain;

import java.util.OptionalLong;

/**
 * Memory and vCPU counts. xl checks one thing here at parse time, {@code maxvcpus} against
 * {@code vcpus}; whether the host has the memory and CPUs is for create time.
 */
final class SizingReader {

    private final ReadContext ctx;

    SizingReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void readMemory(DomainConfigBuilder b) {
        b.memory = new MemorySettings(ctx.number("memory"), ctx.number("maxmem"));
    }

    void readVcpus(DomainConfigBuilder b) {
        OptionalLong vcpus = ctx.number("vcpus");
        if (vcpus.isPresent() && vcpus.getAsLong() < 0) {
            // libxl cannot size a CPU map for a negative count, and xl gives up
            throw ctx.fail("vcpus", "Unable to allocate cpumap (vcpus must not be negative)");
        }
        OptionalLong maxvcpus = ctx.number("maxvcpus");
        b.vcpus = new VcpuSettings(vcpus, maxvcpus);
    }

    /** xl's check, after {@code vuart} and vNUMA (which xsh does not model) are read. */
    void checkVcpus(DomainConfigBuilder b) {
        VcpuSettings v = b.vcpus;
        if (v.xlMaxVcpus() < v.vcpus().orElse(0)) {
            String vcpus = v.vcpus().isPresent() ? Long.toString(v.vcpus().getAsLong()) : "0 (unset)";
            throw ctx.fail("maxvcpus", "xl: maxvcpus < vcpus (maxvcpus=" + v.maxvcpus().getAsLong()
                    + " is less than vcpus=" + vcpus + ")");
        }
    }

    void readShadowMemory(DomainConfigBuilder b) {
        b.shadowMemoryMib = ctx.number("shadow_memory");
    }

    void readVideoram(DomainConfigBuilder b) {
        OptionalLong videoram = ctx.number("videoram");
        b.graphics = new GraphicsSettings(b.graphics.vnc(), b.graphics.sdl(), b.graphics.keymap(),
                b.graphics.vga(), videoram, b.graphics.nographic());
    }
}
