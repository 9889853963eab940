package xsh.cfg.write;

import java.util.regex.Pattern;
import xsh.cfg.parse.SurrogateEscapedUtf8;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;

/**
 * The effective settings as a normalised xl.cfg: one {@code key = value} line per key, in
 * order of first appearance, {@code +=} already applied. Reads back to the same values.
 */
public final class RawConfigText {

    /** Text that libxlu lexes as one NUMBER token, so it needs no quotes. */
    private static final Pattern NUMBER_TOKEN = Pattern.compile("[0-9][0-9a-fx]*");

    private RawConfigText() {
    }

    public static String of(RawConfig config) {
        StringBuilder out = new StringBuilder();
        for (Setting setting : config.settings()) {
            out.append(setting.key()).append(" = ");
            value(out, setting.value());
            out.append('\n');
        }
        return out.toString();
    }

    private static void value(StringBuilder out, ConfigValue value) {
        if (value instanceof Atom atom) {
            if (NUMBER_TOKEN.matcher(atom.text()).matches()) {
                out.append(atom.text());
            } else {
                byte[] quoted = ValueText.string(atom.text(), '"');
                out.append(SurrogateEscapedUtf8.decode(quoted));
            }
            return;
        }
        out.append('[');
        var items = ((ValueList) value).items();
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            value(out, items.get(i));
        }
        out.append(']');
    }
}
