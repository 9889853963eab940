package xsh.cfg.raw;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one configuration as libxlu stores them: every statement in file order,
 * and for each key its effective value, keys in order of first appearance.
 */
public final class RawConfig {

    private final List<Statement> statements;
    private final Map<String, Setting> settings;

    /** Takes over the builder's collections: nothing else holds them, so no copy is needed. */
    RawConfig(List<Statement> statements, Map<String, Setting> settings) {
        this.statements = Collections.unmodifiableList(statements);
        this.settings = Collections.unmodifiableMap(settings);
    }

    public static RawConfig empty() {
        return new RawConfig(List.of(), Map.of());
    }

    public Optional<Setting> get(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    public boolean has(String key) {
        return settings.containsKey(key);
    }

    /** Effective settings, each key once, in order of first appearance. */
    public Collection<Setting> settings() {
        return settings.values();
    }

    /** Every assignment as written, in file order. */
    public List<Statement> statements() {
        return statements;
    }

    public int size() {
        return settings.size();
    }
}
