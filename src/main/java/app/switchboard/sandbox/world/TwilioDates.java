package app.switchboard.sandbox.world;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two date styles of Twilio: RFC 2822 on v2010 and IAM, ISO 8601 on Monitor and Event Streams. */
public final class TwilioDates {
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioDates() {
    }

    /**
     * {@code Mon, 13 Jun 2016 22:50:08 +0000}, always in GMT as Twilio writes it. Put together by hand: the embedded
     * demo serves from the app's own JVM, and a formatter's dozen objects per date were the largest share of the
     * garbage its pages of 1,000 keys made there.
     */
    public static String rfc2822(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(31).append(WEEKDAYS[t.getDayOfWeek().ordinal()]).append(", ");
        twoDigits(out, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(' ');
        twoDigits(out, t.getHour()).append(':');
        twoDigits(out, t.getMinute()).append(':');
        return twoDigits(out, t.getSecond()).append(" +0000").toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }
}
