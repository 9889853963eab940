package xsh.cfg.disk;

import java.util.List;
import xsh.cfg.disk.DiskDraft.StringField;
import xsh.cfg.disk.DiskSpecLexer.Token;

/**
 * Reads xl disk specifications ({@code disk = [ "SPEC", ... ]} entries and the words of
 * {@code xl block-attach}) exactly as xl 4.17 does, including what it accepts by accident and
 * the way it reports errors.
 *
 * <p>A spec is a comma-separated mix of {@code key=value} parameters, flags, deprecated
 * prefixes ({@code raw:}, {@code tap:aio:}, {@code iscsi:} ...) and up to four positional
 * parameters: target, format, vdev, access. See xl-disk-configuration(5).
 */
public final class DiskSpecParser {

    private DiskSpecParser() {
    }

    /** Parses one spec string, as for an entry of a config file's {@code disk} list. */
    public static DiskSpec parse(String spec) {
        return parse(List.of(spec));
    }

    /**
     * Parses several words that together describe one disk, as {@code xl block-attach DOM
     * WORD...} does: each word is read in turn into the same disk, so {@code vdev=xvda} in one
     * word and {@code /img} in the next combine. xl stops after the first word with errors.
     *
     * @throws DiskSpecException when xl would refuse the spec
     * @throws IllegalArgumentException when there are no words (xl always has at least one)
     */
    public static DiskSpec parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a disk spec needs at least one word");
        }
        String input = words.size() == 1 ? words.get(0) : String.join(" ", words);
        DiskDraft draft = new DiskDraft();
        for (String word : words) {
            draft.startReading(asCString(word));
            read(draft);
            if (draft.failed()) {
                throw new DiskSpecException(input, draft.errors());
            }
        }
        draft.applyDefaults();
        // whole-spec errors quote the last word, the one xl still holds
        if (draft.get(StringField.VDEV) == null) {
            draft.fail(DiskSpecErrors.noVdev(draft.spec(), draft.get(StringField.TARGET)));
        } else if (draft.get(StringField.TARGET) == null && !draft.removable) {
            draft.fail(DiskSpecErrors.noTarget(draft.spec()));
        }
        if (draft.failed()) {
            throw new DiskSpecException(input, draft.errors());
        }
        return draft.toDiskSpec();
    }

    /** xl gets C strings: anything after a NUL character never reaches it. */
    private static String asCString(String word) {
        int nul = word.indexOf('\0');
        return nul < 0 ? word : word.substring(0, nul);
    }

    private static void read(DiskDraft draft) {
        DiskSpecLexer lexer = new DiskSpecLexer(draft.spec());
        for (Token token = lexer.next(); token != null; token = lexer.next()) {
            if (!apply(draft, token)) {
                return;
            }
        }
    }

    /** Carries out one token; false when xl stops reading this word after it. */
    private static boolean apply(DiskDraft draft, Token token) {
        String text = token.text();
        switch (token.rule()) {
            case WHITESPACE -> { }
            case FORMAT -> draft.setFormat(value(text));
            case CDROM, DEVTYPE_CDROM -> draft.cdrom = true;
            case DEVTYPE_DISK -> draft.cdrom = false;
            case DEVTYPE_OTHER -> draft.fail(DiskSpecErrors.unknownDevtype(draft.spec(), text, value(text)));
            case ACCESS -> draft.setAccess(value(text));
            case BACKEND -> draft.set(StringField.BACKEND, value(text));
            case BACKENDTYPE -> draft.setBackendType(value(text));
            case SPECIFICATION -> draft.setSpecification(value(text));
            case VDEV -> draft.set(StringField.VDEV, value(text));
            case SCRIPT -> draft.set(StringField.SCRIPT, value(text));
            case DIRECT_IO_SAFE -> draft.directIoSafe = true;
            case DISCARD -> draft.discard = Defbool.TRUE;
            case NO_DISCARD -> draft.discard = Defbool.FALSE;
            case COLO -> draft.colo = Defbool.TRUE;
            case NO_COLO -> draft.colo = Defbool.FALSE;
            case COLO_HOST -> draft.set(StringField.COLO_HOST, value(text));
            case COLO_PORT -> draft.setColoPort(value(text));
            case COLO_EXPORT -> draft.set(StringField.COLO_EXPORT, value(text));
            case ACTIVE_DISK -> draft.set(StringField.ACTIVE_DISK, value(text));
            case HIDDEN_DISK -> draft.set(StringField.HIDDEN_DISK, value(text));
            case TARGET -> draft.set(StringField.TARGET, value(text));
            case UNKNOWN_PARAMETER -> draft.fail(DiskSpecErrors.unknownParameter(draft.spec(), text));
            case FORMAT_PREFIX -> {
                draft.deprecatedPrefixSeen = true;
                draft.setFormat(prefixName(text));
            }
            case SCRIPT_PREFIX -> {
                draft.deprecatedPrefixSeen = true;
                draft.set(StringField.SCRIPT, "block-" + prefixName(text));
            }
            case IGNORED_PREFIX -> draft.deprecatedPrefixSeen = true;
            case UNKNOWN_PREFIX -> {
                draft.fail(DiskSpecErrors.unknownPrefix(draft.spec(), text));
                return false;
            }
            case POSITIONAL -> {
                return positional(draft, withoutComma(text));
            }
            case BAD_SYNTAX -> {
                draft.fail(DiskSpecErrors.badSyntax(draft.spec(), text));
                return false;
            }
            case SCANNER_JAMMED -> {
                draft.fail(DiskSpecErrors.scannerJammed(draft.spec()));
                return false;
            }
            case STRAY_CHARACTER -> throw new IllegalStateException("the lexer resolves stray characters");
        }
        return true;
    }

    /**
     * Assigns a positional parameter to the first of target, format, vdev and access not yet
     * set. False after "too many positional parameters", where xl stops reporting anything.
     */
    private static boolean positional(DiskDraft draft, String text) {
        if (draft.failed()) {
            // xl assumes a positional after an error is probably a consequence of it
            return true;
        }
        String target = draft.get(StringField.TARGET);
        if (target == null) {
            draft.set(StringField.TARGET, text);
        } else if (!draft.deprecatedPrefixSeen && draft.format == null) {
            // xend's empty cdrom ",hdc:cdrom,r": with an empty target the second positional
            // is a vdev:type, and the format is then "empty"
            if (target.isEmpty() && text.indexOf(':') >= 0) {
                draft.setVdevAndDevtype(text);
                draft.format = DiskFormat.EMPTY;
            } else {
                draft.setFormat(text);
            }
        } else if (draft.get(StringField.VDEV) == null) {
            if (text.indexOf(':') >= 0) {
                draft.setVdevAndDevtype(text);
            } else {
                draft.set(StringField.VDEV, text);
            }
        } else if (!draft.positionalAccessSeen) {
            draft.positionalAccessSeen = true;
            draft.setAccess(text);
        } else {
            draft.fail(DiskSpecErrors.tooManyPositional(draft.spec(), text));
            return false;
        }
        return true;
    }

    /** The value of a {@code key=value[,]} token. */
    private static String value(String token) {
        return withoutComma(token).substring(token.indexOf('=') + 1);
    }

    /** The name of a {@code name:} prefix token. */
    private static String prefixName(String token) {
        return token.substring(0, token.length() - 1);
    }

    /** Drops the one comma that ends a parameter, if any. */
    private static String withoutComma(String token) {
        return token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
    }
}
