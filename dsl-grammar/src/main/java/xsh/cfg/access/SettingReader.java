package xsh.cfg.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.WholeNumber;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.Operator;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;

/**
 * Reads settings with the types xl expects, as libxlu's accessors do: a value of the wrong
 * shape is a warning and the key counts as absent, never an error. Each accessor is the
 * xsh side of one libxlu call (get_string, get_long, get_bounded_long, get_defbool,
 * get_list, get_listitem).
 */
public final class SettingReader {

    private final RawConfig config;
    private final Diagnostics diagnostics;

    public SettingReader(RawConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public RawConfig config() {
        return config;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public boolean has(String key) {
        return config.has(key);
    }

    public Optional<Setting> setting(String key) {
        return config.get(key);
    }

    /** A single value; a list is warned about and ignored. */
    public Optional<String> string(String key) {
        return atom(key).map(Atom::text);
    }

    public Optional<Atom> atom(String key) {
        Optional<Setting> setting = config.get(key);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        if (setting.get().value() instanceof Atom atom) {
            return Optional.of(atom);
        }
        warn(setting.get(), "`" + key + "` should be a single value, not a list; ignored");
        return Optional.empty();
    }

    public OptionalLong number(String key) {
        return number(key, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A whole number within bounds, read as C's strtol does; anything else is warned about and ignored. */
    public OptionalLong number(String key, long min, long max) {
        Optional<Atom> atom = atom(key);
        if (atom.isEmpty()) {
            return OptionalLong.empty();
        }
        Setting setting = config.get(key).orElseThrow();
        if (setting.operator() == Operator.ADD) {
            warn(setting, "`" + key + "` is set with +=, which xl never reads as a number; ignored");
            return OptionalLong.empty();
        }
        String text = atom.get().text();
        WholeNumber result = CNumbers.wholeLong(text);
        switch (result.outcome()) {
            case OUT_OF_RANGE -> {
                warn(setting, "`" + key + "` value `" + text + "` is out of range for a number; ignored");
                return OptionalLong.empty();
            }
            case NOT_A_NUMBER -> {
                warn(setting, "`" + key + "` value `" + text + "` is not a number" + octalHint(text) + "; ignored");
                return OptionalLong.empty();
            }
            default -> { }
        }
        long value = result.value();
        if (value < min) {
            warn(setting, "`" + key + "` value " + value + " is below the minimum " + min + "; ignored");
            return OptionalLong.empty();
        }
        if (value > max) {
            warn(setting, "`" + key + "` value " + value + " is above the maximum " + max + "; ignored");
            return OptionalLong.empty();
        }
        return OptionalLong.of(value);
    }

    /** A number read as a boolean (non-zero is true), as libxl's defbools are. */
    public Optional<Boolean> bool(String key) {
        OptionalLong n = number(key);
        return n.isPresent() ? Optional.of(n.getAsLong() != 0) : Optional.empty();
    }

    /** A list; a single value is warned about and ignored. */
    public Optional<ValueList> list(String key) {
        Optional<Setting> setting = config.get(key);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        if (setting.get().value() instanceof ValueList list) {
            return Optional.of(list);
        }
        warn(setting.get(), "`" + key + "` should be a list, not a single value; ignored");
        return Optional.empty();
    }

    /**
     * A list's items as strings, as xl loops over get_listitem: a nested list reads as the
     * end of the list, so the items after it are lost (with a warning here; see
     * {@link xsh.cfg.parse.LibxluQuirk#NESTED_LIST_ITEM_ENDS_LIST}).
     */
    public Optional<List<Atom>> atomList(String key) {
        Optional<ValueList> list = list(key);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Atom> atoms = new ArrayList<>();
        for (ConfigValue item : list.get().items()) {
            if (!(item instanceof Atom atom)) {
                diagnostics.warning(item.span(), "item " + (atoms.size() + 1) + " of `" + key
                        + "` is a list: xl stops reading `" + key + "` there, so it and the items after it are ignored");
                break;
            }
            atoms.add(atom);
        }
        return Optional.of(atoms);
    }

    public Optional<List<String>> stringList(String key) {
        return atomList(key).map(atoms -> atoms.stream().map(Atom::text).toList());
    }

    private static String octalHint(String text) {
        return text.strip().matches("[+-]?0[0-9]+") ? " (a leading 0 makes it octal)" : "";
    }

    private void warn(Setting setting, String message) {
        diagnostics.warning(setting.span(), message);
    }
}
