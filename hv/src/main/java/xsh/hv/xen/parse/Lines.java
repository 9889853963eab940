package xsh.hv.xen.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The lines of an xl output, numbered from 1 as people count them, and the parsers' errors. */
final class Lines {

    private Lines() {
    }

    /** One line and where it was. */
    record Line(int number, String text) {

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("line " + number + ": " + what + ": '" + text + "'");
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Every line of {@code text} (LF-separated, a final LF ending the last one). */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        int count = parts.length;
        if (count > 0 && parts[count - 1].isEmpty()) {
            count--;
        }
        for (int i = 0; i < count; i++) {
            lines.add(new Line(i + 1, parts[i]));
        }
        return lines;
    }

    /** The lines that are not blank: xl prints no blank lines in its tables, transcripts add them. */
    static List<Line> nonBlank(String text) {
        return of(text).stream().filter(line -> !line.isBlank()).toList();
    }

    /** Seconds as xl's {@code %.1f} prints them, in nanoseconds. */
    static long secondsToNanos(String seconds) {
        return new BigDecimal(seconds).movePointRight(9).longValueExact();
    }

    static int integer(Line line, String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw line.error("not a number for " + what + " ('" + text + "')");
        }
    }

    static long longInteger(Line line, String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw line.error("not a number for " + what + " ('" + text + "')");
        }
    }

    static long nanos(Line line, String text, String what) {
        try {
            return secondsToNanos(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw line.error("not a number of seconds for " + what + " ('" + text + "')");
        }
    }
}
