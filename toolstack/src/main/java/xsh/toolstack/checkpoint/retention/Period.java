package xsh.toolstack.checkpoint.retention;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar period checkpoints are bucketed by, in local time: the hour, the day, the week
 * (from Monday, as ISO 8601) or the month a checkpoint was taken in.
 */
public enum Period {
    HOURLY("hourly"),
    DAILY("daily"),
    WEEKLY("weekly"),
    MONTHLY("monthly");

    private final String key;

    Period(String key) {
        this.key = key;
    }

    /** The word of {@code --keep}. */
    public String key() {
        return key;
    }

    /** The start of the period holding {@code time}: its bucket. */
    LocalDateTime bucketOf(LocalDateTime time) {
        return switch (this) {
            case HOURLY -> time.truncatedTo(ChronoUnit.HOURS);
            case DAILY -> time.truncatedTo(ChronoUnit.DAYS);
            case WEEKLY -> time.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
    }

    /** The bucket {@code count} periods before {@code bucket}. */
    LocalDateTime before(LocalDateTime bucket, long count) {
        return switch (this) {
            case HOURLY -> bucket.minusHours(count);
            case DAILY -> bucket.minusDays(count);
            case WEEKLY -> bucket.minusWeeks(count);
            case MONTHLY -> bucket.minusMonths(count);
        };
    }
}
