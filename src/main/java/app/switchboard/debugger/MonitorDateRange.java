package app.switchboard.debugger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Monitor refuses alert queries older than 30 days; checking first gives the user one clear sentence
 * instead of a Twilio error.
 */
public final class MonitorDateRange {

    public static final Duration RETENTION = Duration.ofDays(30);
    public static final String RULE = "Twilio keeps Debugger alerts for 30 days; older dates cannot be queried.";

    /** A checked range (instants in UTC) or the reason it was refused. */
    public record Result(Instant start, Instant end, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private MonitorDateRange() {
    }

    /** The earliest day a user may pick in {@code zone}. */
    public static LocalDate earliestDay(Clock clock, ZoneId zone) {
        return clock.instant().minus(RETENTION).atZone(zone).toLocalDate().plusDays(1);
    }

    /** Checks a day range picked in {@code zone} (end day inclusive); null days mean "open". */
    public static Result days(LocalDate from, LocalDate to, Clock clock, ZoneId zone) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return check(start, end, clock);
    }

    public static Result check(Instant start, Instant end, Clock clock) {
        Instant now = clock.instant();
        Instant oldest = now.minus(RETENTION);
        if (start != null && start.isBefore(oldest)) {
            return new Result(start, end, "Start " + day(start) + " is more than 30 days ago. " + RULE
                    + " Pick " + day(oldest.plus(Duration.ofDays(1))) + " or later.");
        }
        if (end != null && end.isBefore(oldest)) {
            return new Result(start, end, "End " + day(end) + " is more than 30 days ago. " + RULE);
        }
        if (start != null && end != null && !end.isAfter(start)) {
            return new Result(start, end, "The end date must be after the start date.");
        }
        if (end != null && end.isAfter(now)) {
            end = null; // a future end is just "until now"; Monitor has nothing after now anyway
        }
        return new Result(start, end, null);
    }

    /**
     * Reads a CLI date the way Monitor takes it: {@code YYYY-MM-DD} (midnight UTC) or
     * {@code YYYY-MM-DDThh:mm:ssZ}.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static Instant parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC)");
        }
    }

    private static String day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
