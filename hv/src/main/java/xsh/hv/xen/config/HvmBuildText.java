package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import xsh.cfg.domain.BiosType;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.VgaKind;
import xsh.cfg.domain.Viridian;

/**
 * The HVM member of {@code b_info}'s type union back as xl.cfg: firmware, platform flags,
 * Viridian enlightenments, the emulated graphics card, VNC and SDL, serial ports, USB,
 * sound and the boot order. A serial port or USB device list keeps its list form, a single
 * one its string form, as xl tells them apart.
 */
final class HvmBuildText {

    /** libxl's Viridian maps have this many bits; {@code all} sets every one. */
    private static final int VIRIDIAN_MAP_BITS = 64;

    private final LibxlObject h;
    private final XlCfgText out;
    private final Consumer<String> notes;

    HvmBuildText(LibxlObject h, XlCfgText out, Consumer<String> notes) {
        this.h = h;
        this.out = out;
        this.notes = notes;
    }

    void write() {
        out.string("firmware_override", h.string("firmware"));
        h.string("bios").ifPresent(bios -> {
            if (BiosType.fromLibxlName(bios).isPresent()) {
                out.string("bios", bios);
            }
        });
        out.string("bios_path_override", h.string("system_firmware"));
        FlagText.write(FlagText.Place.HVM, h, h, DomainType.HVM, out);
        viridian();
        h.defbool("nographic").ifPresent(on -> out.flag("nographic", on));
        vga();
        vnc(h.object("vnc"));
        out.string("keymap", h.string("keymap"));
        sdl(h.object("sdl"));
        stringOrList("serial", "serial_list");
        out.string("boot", h.string("boot"));
        h.defbool("usb").ifPresent(on -> out.flag("usb", on));
        h.count("usbversion").ifPresent(v -> {
            if (v != 0) {
                out.number("usbversion", v);
            }
        });
        stringOrList("usbdevice", "usbdevice_list");
        out.string("soundhw", h.string("soundhw"));
        rdm(h.object("rdm"));
        EnumKeyText.write(EnumKeyText.Place.HVM, h, h, DomainType.HVM, out);
    }

    /** Reserving the host's device memory regions is asked for with strategy=host; ignore is the default. */
    private void rdm(LibxlObject rdm) {
        if (rdm.string("strategy").filter("host"::equals).isPresent()) {
            String policy = rdm.string("policy").filter("strict"::equals).map(p -> ",policy=" + p).orElse("");
            out.string("rdm", "strategy=host" + policy);
        }
    }

    private void vga() {
        h.object("vga").string("kind").ifPresent(kind -> {
            Optional<VgaKind> vga = Arrays.stream(VgaKind.values()).filter(v -> v.libxlName().equals(kind)).findFirst();
            vga.ifPresentOrElse(v -> out.string("vga", v.xlName()), () -> notes.accept("vga kind " + kind + " not carried"));
        });
    }

    private void vnc(LibxlObject vnc) {
        vnc.defbool("enable").ifPresent(on -> out.flag("vnc", on));
        Optional<String> listen = vnc.string("listen");
        out.string("vnclisten", listen);
        out.string("vncpasswd", vnc.string("passwd"));
        vnc.count("display").ifPresent(display -> {
            if (display == 0) {
                return;
            }
            if (listen.isPresent() && listen.get().contains(":")) {
                // xl refuses a display given twice; the one in vnclisten wins
                notes.accept("vnc display " + display + " not carried: vnclisten names one");
            } else {
                out.number("vncdisplay", display);
            }
        });
        vnc.defbool("findunused").ifPresent(on -> out.flag("vncunused", on));
    }

    private void sdl(LibxlObject sdl) {
        sdl.defbool("enable").ifPresent(on -> out.flag("sdl", on));
        sdl.defbool("opengl").ifPresent(on -> out.flag("opengl", on));
        out.string("display", sdl.string("display"));
        out.string("xauthority", sdl.string("xauthority"));
    }

    private void stringOrList(String key, String listField) {
        List<String> list = h.strings(listField);
        if (!list.isEmpty()) {
            out.stringList(key, list);
        } else {
            out.string(key, h.string(key));
        }
    }

    /**
     * {@code viridian=N} when there are no maps; otherwise the list xl builds the maps from:
     * {@code defaults} (the defbool), {@code all} when enabled and disabled bits cover the
     * whole map, the enabled names, then the disabled ones as {@code !name}.
     */
    private void viridian() {
        Optional<Boolean> on = h.defbool("viridian");
        BitSet enable = h.bitmap("viridian_enable");
        BitSet disable = h.bitmap("viridian_disable");
        if (enable.isEmpty() && disable.isEmpty()) {
            on.ifPresent(v -> out.flag("viridian", v));
            return;
        }
        List<String> items = new ArrayList<>();
        if (on.orElse(false)) {
            items.add("defaults");
        } else if (on.isPresent()) {
            notes.accept("viridian is off but names enlightenments; written as the enlightenments alone");
        }
        BitSet covered = (BitSet) enable.clone();
        covered.or(disable);
        if (covered.nextClearBit(0) >= VIRIDIAN_MAP_BITS) {
            items.add("all");
        } else {
            names(enable, "", items);
        }
        names(disable, "!", items);
        out.stringList("viridian", items);
    }

    private void names(BitSet bits, String prefix, List<String> items) {
        bits.stream().forEach(bit -> {
            if (bit < Viridian.ENLIGHTENMENTS.size()) {
                items.add(prefix + Viridian.ENLIGHTENMENTS.get(bit));
            } else {
                notes.accept("viridian bit " + bit + " has no name in xl.cfg, not carried");
            }
        });
    }
}
