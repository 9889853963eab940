package xsh.hv.xen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * libxl's {@code vfbs} back as {@code vfb=} entries, one per framebuffer in devid order. xl
 * pairs each with a keyboard, so {@code vkbs} need no key of their own. An entry is split on
 * commas, so a value holding one cannot be written; it is named in a note instead.
 */
final class FramebufferText {

    private FramebufferText() {
    }

    static List<String> entries(List<LibxlObject> vfbs, Consumer<String> notes) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < vfbs.size(); i++) {
            entries.add(entry(vfbs.get(i), "vfb " + i, notes));
        }
        return entries;
    }

    private static String entry(LibxlObject vfb, String label, Consumer<String> notes) {
        List<String> words = new ArrayList<>();
        LibxlObject vnc = vfb.object("vnc");
        LibxlObject sdl = vfb.object("sdl");
        flag(words, "vnc", vnc.defbool("enable"));
        word(words, "vnclisten", vnc.string("listen"), label, notes);
        word(words, "vncpasswd", vnc.string("passwd"), label, notes);
        vnc.count("display").ifPresent(d -> {
            if (d != 0) {
                words.add("vncdisplay=" + d);
            }
        });
        flag(words, "vncunused", vnc.defbool("findunused"));
        word(words, "keymap", vfb.string("keymap"), label, notes);
        flag(words, "sdl", sdl.defbool("enable"));
        flag(words, "opengl", sdl.defbool("opengl"));
        word(words, "display", sdl.string("display"), label, notes);
        word(words, "xauthority", sdl.string("xauthority"), label, notes);
        return String.join(",", words);
    }

    private static void flag(List<String> words, String key, Optional<Boolean> value) {
        value.ifPresent(on -> words.add(key + "=" + (on ? 1 : 0)));
    }

    private static void word(List<String> words, String key, Optional<String> value, String label,
            Consumer<String> notes) {
        value.ifPresent(v -> {
            if (v.contains(",")) {
                notes.accept(label + ": " + key + " not carried (a comma cannot be written in a vfb)");
            } else {
                words.add(key + "=" + v);
            }
        });
    }
}
