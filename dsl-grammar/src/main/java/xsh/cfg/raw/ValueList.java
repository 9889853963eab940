package xsh.cfg.raw;

import java.util.List;
import xsh.cfg.source.SourceSpan;

/** A bracketed list; items may be atoms or lists, nested as deep as written. */
public record ValueList(List<ConfigValue> items, SourceSpan span) implements ConfigValue {

    public ValueList {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public ConfigValue get(int index) {
        return items.get(index);
    }
}
