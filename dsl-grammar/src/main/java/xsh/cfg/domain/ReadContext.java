package xsh.cfg.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import xsh.cfg.access.SettingReader;
import xsh.cfg.cnum.CNumbers;
import xsh.cfg.cnum.WholeNumber;
import xsh.cfg.diag.Diagnostics;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.Operator;
import xsh.cfg.raw.RawConfig;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;
import xsh.cfg.source.SourceSpan;

/**
 * What every topic reader needs: libxlu's accessors with their warnings, the quiet variants
 * xl uses where it passes {@code dont_warn=1}, and a way to stop as xl stops.
 */
final class ReadContext {

    /** xl's usual {@code exit(1)}. */
    static final int EXIT_FAILURE = 1;
    /** xl's {@code exit(-ERROR_FAIL)}. */
    static final int EXIT_ERROR_FAIL = 3;

    private final SettingReader settings;
    private final Diagnostics diagnostics;

    ReadContext(RawConfig config, Diagnostics diagnostics) {
        this.settings = new SettingReader(config, diagnostics);
        this.diagnostics = diagnostics;
    }

    /** The accessors that warn and treat a mismatched key as absent. */
    SettingReader settings() {
        return settings;
    }

    String sourceName() {
        return diagnostics.source().name();
    }

    boolean has(String key) {
        return settings.has(key);
    }

    Optional<Setting> setting(String key) {
        return settings.setting(key);
    }

    Optional<String> string(String key) {
        return settings.string(key);
    }

    OptionalLong number(String key) {
        return settings.number(key);
    }

    Optional<Boolean> bool(String key) {
        return settings.bool(key);
    }

    /** True if the key holds a list (xl's get_list with dont_warn=1 succeeding). */
    boolean isList(String key) {
        return setting(key).map(s -> s.value() instanceof ValueList).orElse(false);
    }

    /** The key as a single string without any warning (get_string with dont_warn=1). */
    Optional<String> quietString(String key) {
        return setting(key).filter(s -> s.value() instanceof Atom).map(s -> ((Atom) s.value()).text());
    }

    /** The key as a number without any warning (get_long with dont_warn=1). */
    OptionalLong quietNumber(String key) {
        Optional<Setting> setting = setting(key);
        if (setting.isEmpty() || !(setting.get().value() instanceof Atom atom)
                || setting.get().operator() == Operator.ADD) {
            return OptionalLong.empty();
        }
        WholeNumber result = CNumbers.wholeLong(atom.text());
        return result.ok() ? OptionalLong.of(result.value()) : OptionalLong.empty();
    }

    /** A list's strings, stopping at a nested list as xl does (with xsh's warning). */
    Optional<List<Atom>> atomList(String key) {
        return settings.atomList(key);
    }

    /** Where the key was last assigned, the place its errors point at. */
    SourceSpan keySpan(String key) {
        return setting(key).orElseThrow().last().keySpan();
    }

    void warn(String key, String message) {
        diagnostics.warning(keySpan(key), message);
    }

    void warnAt(SourceSpan span, String message) {
        diagnostics.warning(span, message);
    }

    /** xl's fatal error about a key: recorded at the key, then reading stops. */
    FatalConfigError fail(String key, String message) {
        return failAt(keySpan(key), message, EXIT_FAILURE);
    }

    FatalConfigError fail(String key, String message, int exitCode) {
        return failAt(keySpan(key), message, exitCode);
    }

    /** An error xl prints before the one it exits at (a disk spec can have several). */
    void recordErrorAt(SourceSpan span, String message) {
        diagnostics.error(span, message);
    }

    FatalConfigError failAt(SourceSpan span, String message, int exitCode) {
        diagnostics.error(span, message);
        return new FatalConfigError(exitCode);
    }

    /** xl's fatal error about the configuration as a whole (no key to point at). */
    FatalConfigError failWhole(String message) {
        diagnostics.error(message);
        return new FatalConfigError(EXIT_FAILURE);
    }
}
