package app.switchboard.requestlog.filter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the typed values of conditions: numbers, booleans and times (absolute or relative). */
final class FilterValues {

    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,6})([smhdw])");

    private FilterValues() {
    }

    static void check(FilterNode.Condition c) throws FilterException {
        switch (c.field().kind()) {
            case INTEGER -> integer(c);
            case DECIMAL -> decimal(c);
            case BOOLEAN -> bool(c);
            case TIME -> epochMillis(c, Clock.systemUTC());
            case TEXT -> {
                if (c.value().isEmpty() && c.op() != Op.EQ && c.op() != Op.NE) {
                    throw new FilterException("Empty value for " + c.field().key(), c.valuePosition());
                }
            }
            default -> throw new IllegalStateException(c.field().kind().name());
        }
    }

    static long integer(FilterNode.Condition c) throws FilterException {
        try {
            return Long.parseLong(c.value());
        } catch (NumberFormatException e) {
            throw new FilterException(c.field().key() + " needs a whole number, not '" + c.value() + "'", c.valuePosition());
        }
    }

    static double decimal(FilterNode.Condition c) throws FilterException {
        try {
            double d = Double.parseDouble(c.value());
            if (Double.isFinite(d) && !c.value().matches(".*[a-zA-Z].*")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FilterException(c.field().key() + " needs a number, not '" + c.value() + "'", c.valuePosition());
    }

    static boolean bool(FilterNode.Condition c) throws FilterException {
        String v = c.value().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw new FilterException(c.field().key() + " is true or false, not '" + c.value() + "'", c.valuePosition());
    }

    /** A time value as epoch milliseconds: {@code -15m} style relative to the clock, or ISO in the clock's zone. */
    static long epochMillis(FilterNode.Condition c, Clock clock) throws FilterException {
        String v = c.value();
        Matcher m = RELATIVE.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return clock.instant().minus(d).toEpochMilli();
        }
        try {
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(v).atZone(clock.getZone()).toInstant().toEpochMilli();
        } catch (DateTimeParseException notLocal) {
            // try the other forms
        }
        try {
            return LocalDate.parse(v).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
        } catch (DateTimeParseException notDate) {
            throw new FilterException("time needs 2026-11-28T10:00, 2026-11-28 or a relative time like -15m, -2h, -1d, not '"
                    + v + "'", c.valuePosition());
        }
    }
}
