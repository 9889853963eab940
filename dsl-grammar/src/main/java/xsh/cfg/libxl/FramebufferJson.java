package xsh.cfg.libxl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.domain.DomainConfig;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.SdlSettings;
import xsh.cfg.domain.VncSettings;

/**
 * The PV framebuffers and their keyboards: one pair per {@code vfb=} entry, or, for a PV
 * guest with {@code vnc=1} and no {@code vfb=} list, one pair from the top-level vnc, sdl
 * and keymap keys. Each vfb entry is read as xl reads it: comma-separated {@code k=v}, a
 * field without {@code =} ends the entry, unknown keys are skipped, numbers by C atoi.
 */
final class FramebufferJson {

    /** The {@code vfbs} and {@code vkbs} arrays; both empty when the guest has no framebuffer. */
    record Framebuffers(List<Map<String, Object>> vfbs, List<Map<String, Object>> vkbs) {
    }

    private FramebufferJson() {
    }

    static Framebuffers of(DomainConfig c) {
        List<Map<String, Object>> vfbs = new ArrayList<>();
        List<Map<String, Object>> vkbs = new ArrayList<>();
        if (!c.vfbs().isEmpty()) {
            for (int devid = 0; devid < c.vfbs().size(); devid++) {
                vfbs.add(fromEntry(devid, c.vfbs().get(devid)));
                vkbs.add(keyboard(devid));
            }
        } else if (c.type() == DomainType.PV && c.graphics().vnc().enabled().orElse(false)) {
            vfbs.add(vfb(0, c.graphics().vnc(), c.graphics().sdl(), c.graphics().keymap()));
            vkbs.add(keyboard(0));
        }
        return new Framebuffers(vfbs, vkbs);
    }

    private static Map<String, Object> fromEntry(int devid, String entry) {
        VfbFields f = new VfbFields();
        for (String field : entry.split(",")) {
            String token = field.replaceFirst("^ +", "");
            if (field.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq < 0) {
                break;
            }
            f.set(token.substring(0, eq), token.substring(eq + 1));
        }
        return vfb(devid, f.vnc(), f.sdl(), f.keymap);
    }

    private static Map<String, Object> vfb(int devid, VncSettings vnc, SdlSettings sdl, Optional<String> keymap) {
        return new LibxlJson()
                .raw("devid", devid)
                .object("vnc", HvmBuildJson.vnc(vnc))
                .object("sdl", HvmBuildJson.sdl(sdl))
                .string("keymap", keymap)
                .map();
    }

    private static Map<String, Object> keyboard(int devid) {
        return new LibxlJson().raw("devid", devid).map();
    }

    /** One vfb entry's keys as xl stores them. */
    private static final class VfbFields {
        Optional<Boolean> vnc = Optional.empty();
        Optional<String> listen = Optional.empty();
        Optional<String> passwd = Optional.empty();
        OptionalLong display = OptionalLong.empty();
        Optional<Boolean> findUnused = Optional.empty();
        Optional<String> keymap = Optional.empty();
        Optional<Boolean> sdl = Optional.empty();
        Optional<Boolean> opengl = Optional.empty();
        Optional<String> sdlDisplay = Optional.empty();
        Optional<String> xauthority = Optional.empty();

        void set(String key, String value) {
            switch (key) {
                case "vnc" -> vnc = Optional.of(atoi(value) != 0);
                case "vnclisten" -> listen = Optional.of(value);
                case "vncpasswd" -> passwd = Optional.of(value);
                case "vncdisplay" -> display = OptionalLong.of(atoi(value));
                case "vncunused" -> findUnused = Optional.of(atoi(value) != 0);
                case "keymap" -> keymap = Optional.of(value);
                case "sdl" -> sdl = Optional.of(atoi(value) != 0);
                case "opengl" -> opengl = Optional.of(atoi(value) != 0);
                case "display" -> sdlDisplay = Optional.of(value);
                case "xauthority" -> xauthority = Optional.of(value);
                default -> { }
            }
        }

        VncSettings vnc() {
            return new VncSettings(vnc, listen, passwd, display, findUnused);
        }

        SdlSettings sdl() {
            return new SdlSettings(sdl, opengl, sdlDisplay, xauthority);
        }
    }

    /** C atoi, which is {@code (int) strtol(s, NULL, 10)}: the rest of the text is ignored, no digits give 0. */
    static int atoi(String s) {
        return (int) CNumbers.strtol(s, 0, 10).value();
    }
}
