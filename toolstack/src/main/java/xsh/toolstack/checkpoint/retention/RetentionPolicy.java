package xsh.toolstack.checkpoint.retention;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import xsh.error.XshException;

/**
 * {@code --keep last=N,hourly=N,daily=N,weekly=N,monthly=N}, any of them, at least one: the
 * {@code last} N checkpoints, and for each of the last N hours, days, weeks or months the
 * newest checkpoint taken in it.
 *
 * @param last    how many of the newest to keep
 * @param periods how many of each period's buckets, counting back from the one holding now
 */
public record RetentionPolicy(int last, Map<Period, Integer> periods) {

    static final String KEYS = "last, hourly, daily, weekly, monthly";

    public RetentionPolicy {
        Map<Period, Integer> copy = new EnumMap<>(Period.class);
        copy.putAll(periods);
        periods = Collections.unmodifiableMap(copy);
    }

    public int count(Period period) {
        return periods.getOrDefault(period, 0);
    }

    /** @throws XshException one line naming the key or the number that is wrong; exit 1 */
    public static RetentionPolicy parse(String text) {
        Integer last = null;
        Map<Period, Integer> periods = new EnumMap<>(Period.class);
        for (String item : text.split(",", -1)) {
            String term = item.strip();
            int equals = term.indexOf('=');
            if (equals < 0) {
                throw new XshException("--keep: '" + term + "' is not KEY=N (keys: " + KEYS + ")", 1);
            }
            String key = term.substring(0, equals).strip();
            String number = term.substring(equals + 1).strip();
            if (key.equals("last")) {
                if (last != null) {
                    throw duplicate(key);
                }
                last = count(key, number);
            } else {
                Period period = period(key);
                if (periods.containsKey(period)) {
                    throw duplicate(key);
                }
                periods.put(period, count(key, number));
            }
        }
        return new RetentionPolicy(last == null ? 0 : last, periods);
    }

    private static Period period(String key) {
        for (Period period : Period.values()) {
            if (period.key().equals(key)) {
                return period;
            }
        }
        throw new XshException("--keep: unknown key '" + key + "' (keys: " + KEYS + ")", 1);
    }

    private static int count(String key, String number) {
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new XshException("--keep: " + key + "=" + number + ": not a whole number of checkpoints", 1);
        }
        return Integer.parseInt(number);
    }

    private static XshException duplicate(String key) {
        return new XshException("--keep: " + key + " is given twice", 1);
    }
}
