package xsh.cfg.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;

/**
 * The raw settings as plain JSON values: one object, each key once in order of first
 * appearance, each atom a string exactly as stored, lists as (nested) arrays.
 */
public final class RawConfigJson {

    private RawConfigJson() {
    }

    public static Map<String, Object> of(RawConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Setting setting : config.settings()) {
            out.put(setting.key(), plain(setting.value()));
        }
        return out;
    }

    public static Object plain(ConfigValue value) {
        if (value instanceof Atom atom) {
            return atom.text();
        }
        List<Object> items = new ArrayList<>();
        for (ConfigValue item : ((ValueList) value).items()) {
            items.add(plain(item));
        }
        return items;
    }
}
