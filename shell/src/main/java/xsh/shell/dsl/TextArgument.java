package xsh.shell.dsl;

import java.io.File;
import java.nio.file.Path;
import xsh.error.XshException;

/** A file or a word as a script gives it: a String, a GString, a number; for files a Path or a File too. */
final class TextArgument {

    private TextArgument() {
    }

    /** A file's path as the command would be given it. */
    static String path(String method, Object file) {
        if (file instanceof Path || file instanceof File) {
            return file.toString();
        }
        if (file instanceof CharSequence text) {
            return text.toString();
        }
        throw new XshException(method + ": a file is a path (a String, a Path or a File), not " + Settings.shown(file), 1);
    }

    /** A word of the command line: a name, a number, a key. */
    static String word(String method, Object word) {
        if (word instanceof CharSequence || word instanceof Number || word instanceof Character) {
            return word.toString();
        }
        throw new XshException(method + ": expected a name or a number, not " + Settings.shown(word), 1);
    }
}
