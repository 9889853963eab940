package xsh.cfg.libxl;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.domain.BootSettings;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainFlag;
import xsh.cfg.domain.EmulatedDevices;
import xsh.cfg.domain.GraphicsSettings;
import xsh.cfg.domain.SdlSettings;
import xsh.cfg.domain.StringOrList;
import xsh.cfg.domain.Viridian;
import xsh.cfg.domain.VncSettings;

/**
 * {@code b_info."type.hvm"} in libxl's field order. The nested structs vga, vnc, sdl, spice
 * and rdm are always written, as libxl writes every struct; spice and rdm stay empty
 * because xsh does not model their keys. A serial port or USB device given as a string
 * goes to {@code serial}/{@code usbdevice}, as a list to {@code serial_list}/
 * {@code usbdevice_list}, as xl does.
 */
final class HvmBuildJson {

    /** libxl allocates the viridian enable/disable maps with this many bits. */
    private static final int VIRIDIAN_MAP_BITS = 64;

    private HvmBuildJson() {
    }

    static Map<String, Object> of(DomainConfig c) {
        BootSettings boot = c.boot();
        GraphicsSettings g = c.graphics();
        EmulatedDevices e = c.emulatedDevices();
        LibxlJson h = new LibxlJson()
                .string("firmware", boot.hvmFirmwarePath())
                .string("bios", boot.bios().map(b -> b.libxlName()))
                .defbool("pae", c.flag(DomainFlag.PAE))
                .defbool("acpi_s3", c.flag(DomainFlag.ACPI_S3))
                .defbool("acpi_s4", c.flag(DomainFlag.ACPI_S4))
                .defbool("acpi_laptop_slate", c.flag(DomainFlag.ACPI_LAPTOP_SLATE))
                .defbool("nx", c.flag(DomainFlag.NX));
        viridian(h, c.viridian());
        h.defbool("hpet", c.flag(DomainFlag.HPET))
                .defbool("vpt_align", c.flag(DomainFlag.VPT_ALIGN))
                .string("system_firmware", boot.biosPathOverride())
                .defbool("nographic", g.nographic())
                .object("vga", new LibxlJson().string("kind", g.vga().map(v -> v.libxlName())).map())
                .object("vnc", vnc(g.vnc()))
                .string("keymap", g.keymap())
                .object("sdl", sdl(g.sdl()))
                .object("spice", Map.of())
                .string("serial", single(e.serial()))
                .string("boot", e.boot())
                .defbool("usb", e.usb())
                .integer("usbversion", e.usbVersion().isPresent() && e.usbVersion().getAsLong() != 0
                        ? e.usbVersion() : OptionalLong.empty())
                .string("usbdevice", single(e.usbDevice()))
                .defbool("vkb_device", c.flag(DomainFlag.VKB_DEVICE))
                .string("soundhw", e.soundhw())
                .defbool("xen_platform_pci", c.flag(DomainFlag.XEN_PLATFORM_PCI))
                .stringList("usbdevice_list", list(e.usbDevice()))
                .stringList("serial_list", list(e.serial()))
                .object("rdm", Map.of());
        return h.map();
    }

    static Map<String, Object> vnc(VncSettings v) {
        LibxlJson vnc = new LibxlJson()
                .defbool("enable", v.enabled())
                .string("listen", v.listen())
                .string("passwd", v.password());
        v.display().ifPresent(d -> {
            if ((int) d != 0) {
                vnc.raw("display", (int) d);
            }
        });
        return vnc.defbool("findunused", v.findUnused()).map();
    }

    static Map<String, Object> sdl(SdlSettings s) {
        return new LibxlJson()
                .defbool("enable", s.enabled())
                .defbool("opengl", s.opengl())
                .string("display", s.display())
                .string("xauthority", s.xauthority())
                .map();
    }

    /**
     * {@code viridian=N} is the defbool; a list sets it with {@code defaults} and fills the
     * enable/disable maps: {@code all} enables every bit, {@code name} enables one and
     * {@code !name} disables it, each undoing the other map's bit.
     */
    private static void viridian(LibxlJson h, Viridian v) {
        BitSet enable = new BitSet(VIRIDIAN_MAP_BITS);
        BitSet disable = new BitSet(VIRIDIAN_MAP_BITS);
        for (String item : v.enlightenments()) {
            if (item.equals("all")) {
                enable.set(0, VIRIDIAN_MAP_BITS);
            } else if (!item.equals("defaults")) {
                boolean off = item.startsWith("!");
                int bit = Viridian.bitOf(off ? item.substring(1) : item);
                (off ? disable : enable).set(bit);
                (off ? enable : disable).clear(bit);
            }
        }
        h.defbool("viridian", v.enabled()).bitmap("viridian_enable", enable).bitmap("viridian_disable", disable);
    }

    private static Optional<String> single(Optional<StringOrList> value) {
        return value.filter(v -> !v.listForm()).map(v -> v.values().get(0));
    }

    private static List<String> list(Optional<StringOrList> value) {
        return value.filter(StringOrList::listForm).map(StringOrList::values).orElse(List.of());
    }
}
