package xsh.cfg.domain;

import java.util.List;

/**
 * A key xl accepts either as one string or as a list of strings ({@code serial},
 * {@code usbdevice}): libxl keeps the two forms in different fields, so the form matters.
 */
public record StringOrList(List<String> values, boolean listForm) {

    public StringOrList {
        values = List.copyOf(values);
    }

    public static StringOrList single(String value) {
        return new StringOrList(List.of(value), false);
    }

    public static StringOrList list(List<String> values) {
        return new StringOrList(values, true);
    }

    /** The written value: a String for the single form, a List for the list form. */
    public Object plain() {
        return listForm ? values : values.get(0);
    }
}
