package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.raw.Atom;

/**
 * VNC, SDL, keymap and the HVM graphics card. For a PV guest xl reads the top-level VNC
 * keys only when {@code vnc} is non-zero and there is no {@code vfb=} list; otherwise (HVM,
 * PVH, or PV with a vfb list) it always reads them. The one parse-time check is a display
 * number given both in {@code vnclisten} (after a colon) and in {@code vncdisplay}.
 */
final class GraphicsReader {

    private final ReadContext ctx;

    GraphicsReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    void readFramebuffers(DomainConfigBuilder b) {
        b.vfbs = ctx.atomList("vfb").map(atoms -> atoms.stream().map(Atom::text).toList()).orElse(List.of());
    }

    /** The top-level vnc/sdl keys (and for PV the keymap), read where xl reads them. */
    void readTopLevel(DomainConfigBuilder b) {
        GraphicsSettings g = b.graphics;
        if (b.type == DomainType.PV && b.vfbs.isEmpty()) {
            OptionalLong vnc = ctx.number("vnc");
            if (vnc.isEmpty() || vnc.getAsLong() == 0) {
                if (vnc.isPresent()) {
                    g = with(g, new VncSettings(Optional.of(false), Optional.empty(), Optional.empty(),
                            OptionalLong.empty(), Optional.empty()), g.sdl(), g.keymap());
                }
                b.graphics = g;
                return;
            }
            b.graphics = with(g, readVnc(), readSdl(), ctx.string("keymap"));
            return;
        }
        b.graphics = with(g, readVnc(), readSdl(), g.keymap());
    }

    private VncSettings readVnc() {
        return new VncSettings(ctx.bool("vnc"), ctx.string("vnclisten"), ctx.string("vncpasswd"),
                ctx.number("vncdisplay"), ctx.bool("vncunused"));
    }

    private SdlSettings readSdl() {
        return new SdlSettings(ctx.bool("sdl"), ctx.bool("opengl"), ctx.string("display"), ctx.string("xauthority"));
    }

    /** HVM: the card ({@code vga}, else {@code stdvga}), then keymap and nographic. */
    void readHvmCard(DomainConfigBuilder b) {
        Optional<VgaKind> vga = Optional.empty();
        Optional<String> vgaText = ctx.string("vga");
        if (vgaText.isPresent()) {
            vga = VgaKind.fromXlName(vgaText.get());
            if (vga.isEmpty()) {
                throw ctx.fail("vga", "Unknown vga \"" + vgaText.get() + "\" specified"
                        + " (expected stdvga, cirrus, none or qxl)");
            }
        } else {
            OptionalLong stdvga = ctx.number("stdvga");
            if (stdvga.isPresent()) {
                vga = Optional.of(stdvga.getAsLong() != 0 ? VgaKind.STD : VgaKind.CIRRUS);
            }
        }
        Optional<String> keymap = ctx.string("keymap");
        GraphicsSettings g = b.graphics;
        b.graphics = new GraphicsSettings(g.vnc(), g.sdl(), keymap, vga, g.videoramMib(), ctx.bool("nographic"));
    }

    /** xl's HVM check: a display number both after the colon of vnclisten and in vncdisplay. */
    void checkVncDisplay(DomainConfigBuilder b) {
        VncSettings vnc = b.graphics.vnc();
        if (vnc.listen().isPresent() && vnc.display().isPresent() && vnc.display().getAsLong() != 0
                && vnc.listen().get().contains(":")) {
            throw ctx.fail("vncdisplay", "ERROR: Display specified both in vnclisten and vncdisplay!"
                    + " (vnclisten=\"" + vnc.listen().get() + "\" already names a display)");
        }
    }

    private static GraphicsSettings with(GraphicsSettings g, VncSettings vnc, SdlSettings sdl,
            Optional<String> keymap) {
        return new GraphicsSettings(vnc, sdl, keymap, g.vga(), g.videoramMib(), g.nographic());
    }
}
