package xsh.cfg.write;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import xsh.cfg.parse.ConfigParser;
import xsh.cfg.parse.ParsedConfig;
import xsh.cfg.raw.Atom;
import xsh.cfg.raw.ConfigValue;
import xsh.cfg.raw.Operator;
import xsh.cfg.raw.Setting;
import xsh.cfg.raw.ValueList;
import xsh.cfg.source.ConfigSource;
import xsh.cfg.source.SourceSpan;
import xsh.error.XshException;

/**
 * Changes values in a configuration and writes it back with everything else byte for byte
 * as it was: comments, order, quoting, spacing, blank lines. Each edit replaces only the
 * bytes of the value it changes (a new key is appended at the end), and the text is parsed
 * again after every edit, so the positions of the next one are always those of the text
 * as it now is.
 */
public final class ConfigEditor {

    private ParsedConfig current;

    private ConfigEditor(ParsedConfig parsed) {
        this.current = parsed;
    }

    /** Starts from a configuration without errors: an edit must not guess at broken text. */
    public static ConfigEditor of(ParsedConfig parsed) {
        if (parsed.hasErrors()) {
            throw new XshException(parsed.errors().get(0).render(), 1);
        }
        return new ConfigEditor(parsed);
    }

    public static ConfigEditor of(ConfigSource source) {
        return of(ConfigParser.parse(source));
    }

    public ParsedConfig parsed() {
        return current;
    }

    public byte[] bytes() {
        return current.source().bytes();
    }

    public ConfigEditor setNumber(String key, long value) {
        return setValue(key, ValueText.number(value));
    }

    public ConfigEditor setString(String key, String value) {
        return setValue(key, ValueText.string(value, quoteFor(setting(key).map(Setting::value))));
    }

    public ConfigEditor setStringList(String key, List<String> items) {
        return setValue(key, ValueText.stringList(items, preferredQuote()));
    }

    /** Replaces item {@code index} of a list of strings, keeping that item's quote character. */
    public ConfigEditor setListItem(String key, int index, String value) {
        ValueList list = listOf(key);
        if (index < 0 || index >= list.size()) {
            throw new XshException(current.source().name() + ": `" + key + "` has no item " + index
                    + " (it has " + list.size() + ")", 1);
        }
        ConfigValue item = list.get(index);
        return replace(item.span(), ValueText.string(value, quoteFor(Optional.of(item))));
    }

    /** Appends a string to a list, on its own line when the list has one item per line. */
    public ConfigEditor appendToList(String key, String value) {
        if (setting(key).isEmpty()) {
            return setStringList(key, List.of(value));
        }
        ValueList list = listOf(key);
        byte[] item = ValueText.string(value, list.size() > 0 ? quoteFor(Optional.of(list.get(list.size() - 1))) : preferredQuote());
        if (list.size() == 0) {
            // written last, so it is inside the brackets of the last statement's list
            SourceSpan brackets = setting(key).orElseThrow().span();
            return insert(brackets.start() + 1, item);
        }
        SourceSpan last = list.get(list.size() - 1).span();
        byte[] separator = itemsOnOwnLines(list) ? concat(",\n".getBytes(), indentOf(last)) : ", ".getBytes();
        return insert(last.end(), concat(separator, item));
    }

    /** Points disk {@code index}'s target at another path, leaving the rest of its spec as written. */
    public ConfigEditor setDiskTarget(int index, String target) {
        ValueList disks = listOf("disk");
        if (index < 0 || index >= disks.size() || !(disks.get(index) instanceof Atom spec)) {
            throw new XshException(current.source().name() + ": no disk " + index, 1);
        }
        return setListItem("disk", index, DiskTargetRewrite.withTarget(spec.text(), target));
    }

    private ConfigEditor setValue(String key, byte[] text) {
        Optional<Setting> setting = setting(key);
        if (setting.isPresent() && setting.get().operator() == Operator.ASSIGN) {
            return replace(setting.get().span(), text);
        }
        // absent, or built with +=: a new last assignment is what xl will read
        return append(concat((key + " = ").getBytes(), text, "\n".getBytes()));
    }

    private ValueList listOf(String key) {
        Setting setting = setting(key).orElseThrow(() ->
                new XshException(current.source().name() + ": no `" + key + "` setting", 1));
        if (!(setting.value() instanceof ValueList list)) {
            throw new XshException(current.source().name() + ":" + setting.span().position() + ": `" + key
                    + "` is not a list", 1);
        }
        return list;
    }

    private Optional<Setting> setting(String key) {
        return current.settings().get(key);
    }

    private ConfigEditor append(byte[] line) {
        byte[] old = bytes();
        boolean needsNewline = old.length > 0 && old[old.length - 1] != '\n';
        return insert(old.length, needsNewline ? concat("\n".getBytes(), line) : line);
    }

    private ConfigEditor insert(int at, byte[] text) {
        return replace(new SourceSpan(at, at, 0, 0), text);
    }

    private ConfigEditor replace(SourceSpan span, byte[] text) {
        byte[] old = bytes();
        byte[] updated = concat(Arrays.copyOfRange(old, 0, span.start()), text,
                Arrays.copyOfRange(old, span.end(), old.length));
        ParsedConfig reparsed = ConfigParser.parse(ConfigSource.of(current.source().name(), updated));
        if (reparsed.hasErrors()) {
            throw new IllegalStateException("edit produced invalid text: " + reparsed.errors().get(0).render());
        }
        current = reparsed;
        return this;
    }

    private char quoteFor(Optional<ConfigValue> existing) {
        if (existing.isPresent() && existing.get() instanceof Atom atom) {
            byte first = bytes()[atom.span().start()];
            if (first == '\'' || first == '"') {
                return (char) first;
            }
        }
        return preferredQuote();
    }

    /** The quote of the file's first string, so new strings look like the ones already there. */
    private char preferredQuote() {
        byte[] text = bytes();
        for (var statement : current.settings().statements()) {
            Optional<Character> quote = firstQuote(statement.written(), text);
            if (quote.isPresent()) {
                return quote.get();
            }
        }
        return '"';
    }

    private static Optional<Character> firstQuote(ConfigValue value, byte[] text) {
        if (value instanceof Atom atom) {
            byte first = text[atom.span().start()];
            return first == '\'' || first == '"' ? Optional.of((char) first) : Optional.empty();
        }
        for (ConfigValue item : ((ValueList) value).items()) {
            Optional<Character> quote = firstQuote(item, text);
            if (quote.isPresent()) {
                return quote;
            }
        }
        return Optional.empty();
    }

    private boolean itemsOnOwnLines(ValueList list) {
        SourceSpan last = list.get(list.size() - 1).span();
        return last.line() > list.span().line();
    }

    /** The blanks before the value on its line. */
    private byte[] indentOf(SourceSpan span) {
        byte[] text = bytes();
        int start = span.start();
        while (start > 0 && text[start - 1] != '\n') {
            start--;
        }
        int end = start;
        while (end < span.start() && (text[end] == ' ' || text[end] == '\t')) {
            end++;
        }
        return Arrays.copyOfRange(text, start, end);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
