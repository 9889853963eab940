package xsh.cfg.vif;

import java.util.List;

import xsh.error.XshException;

/**
 * A vif setting xl refuses outright (exit code 1). {@link #xlMessage()} is the line xl
 * prints to stderr, word for word; {@link #getMessage()} says the same for a person.
 */
public final class VifSpecException extends XshException {

    private final String xlMessage;
    private final List<String> warningsBefore;

    VifSpecException(String xlMessage, String humanMessage) {
        this(xlMessage, humanMessage, List.of());
    }

    private VifSpecException(String xlMessage, String humanMessage, List<String> warningsBefore) {
        super(humanMessage, 1);
        this.xlMessage = xlMessage;
        this.warningsBefore = List.copyOf(warningsBefore);
    }

    /** The same failure, noting the warnings xl had already printed for earlier keys. */
    VifSpecException after(List<String> warnings) {
        return new VifSpecException(xlMessage, getMessage(), warnings);
    }

    /** xl's stderr line, without the newline. */
    public String xlMessage() {
        return xlMessage;
    }

    /** Warnings xl printed for earlier keys of the same vif before this failure, in order. */
    public List<String> warningsBefore() {
        return warningsBefore;
    }
}
