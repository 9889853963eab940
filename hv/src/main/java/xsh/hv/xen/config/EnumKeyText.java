package xsh.hv.xen.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import xsh.cfg.domain.DomainType;
import xsh.cfg.domain.XlKeys;

/**
 * libxl enums that xl.cfg names by the very words libxl's JSON shows: xl reads these keys
 * with libxl's own {@code *_from_string}. A value libxl picks by itself when the config says
 * nothing is left out, so the text stays what a person would have written; so is a key xl
 * does not read for the guest's type.
 */
final class EnumKeyText {

    /** Where an enum lives in libxl's JSON. */
    enum Place { C_INFO, B_INFO, HVM }

    private record Key(Place place, String field, Set<String> libxlDefaults) {
    }

    private static final List<Key> KEYS = List.of(
            // disabled is what libxl settles on for a guest without PCI devices
            new Key(Place.C_INFO, "passthrough", Set.of("default", "disabled")),
            new Key(Place.B_INFO, "tsc_mode", Set.of("default")),
            new Key(Place.B_INFO, "timer_mode", Set.of("default", "no_delay_for_missed_ticks")),
            new Key(Place.B_INFO, "altp2m", Set.of("disabled")),
            new Key(Place.HVM, "hdtype", Set.of("ide")),
            new Key(Place.HVM, "vendor_device", Set.of("none")));

    private EnumKeyText() {
    }

    /** Writes the enums kept in {@code place}; b_info's are looked up in the HVM member too, where libxl 4.9 kept timer_mode. */
    static void write(Place place, LibxlObject object, LibxlObject hvm, DomainType type, XlCfgText out) {
        for (Key key : KEYS) {
            if (key.place() != place || !XlKeys.readFor(key.field(), type)) {
                continue;
            }
            Optional<String> value = object.string(key.field());
            if (value.isEmpty() && place == Place.B_INFO) {
                value = hvm.string(key.field());
            }
            value.filter(v -> v.matches("[a-z0-9_]+") && !key.libxlDefaults().contains(v))
                    .ifPresent(v -> out.string(key.field(), v));
        }
    }
}
