package xsh.cfg.raw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores statements as libxlu's set_store does: {@code =} replaces, {@code +=} concatenates
 * a string to a string (no separator) or a list to a list (earlier items first), and acts
 * as {@code =} on an unset key. Mixing a list and a string is refused.
 */
public final class RawConfigBuilder {

    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, Setting> settings = new LinkedHashMap<>();

    /**
     * Adds one statement; returns the earlier setting it could not be combined with, if the
     * statement was refused.
     */
    public Optional<Setting> add(Statement statement) {
        Setting earlier = settings.get(statement.key());
        ConfigValue value = statement.written();
        if (statement.operator() == Operator.ADD && earlier != null) {
            Optional<ConfigValue> combined = concat(earlier.value(), value);
            if (combined.isEmpty()) {
                return Optional.of(earlier);
            }
            value = combined.get();
        }
        statements.add(statement);
        settings.put(statement.key(), new Setting(statement.key(), statement.operator(), value, statement));
        return Optional.empty();
    }

    private static Optional<ConfigValue> concat(ConfigValue earlier, ConfigValue added) {
        if (earlier instanceof Atom a && added instanceof Atom b) {
            return Optional.of(new Atom(a.text() + b.text(), b.span()));
        }
        if (earlier instanceof ValueList a && added instanceof ValueList b) {
            List<ConfigValue> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return Optional.of(new ValueList(items, b.span()));
        }
        return Optional.empty();
    }

    /** The configuration; the builder must not be used afterwards. */
    public RawConfig build() {
        return new RawConfig(statements, settings);
    }
}
