package app.switchboard.twilio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Twilio's two date formats: RFC 2822 in v2010 and IAM ({@code Mon, 13 Jun 2016 22:50:08 +0000}) and
 * ISO 8601 in Monitor ({@code 2015-07-30T20:00:00Z}). Null, blank and unparsable values read as null:
 * one odd date must not hide a whole list.
 */
public final class TwilioDates {
    private static final DateTimeFormatter RFC_2822_NO_WEEKDAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss xx",
            java.util.Locale.ENGLISH);

    private TwilioDates() {
    }

    /** Either format; null when absent or unreadable. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return Character.isDigit(s.charAt(0)) ? parseIso8601(s) : parseRfc2822(s);
    }

    public static Instant parseRfc2822(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // The weekday is dropped: a wrong one (seen in hand-written examples) must not lose the date.
        String s = text.strip();
        int comma = s.indexOf(',');
        try {
            return ZonedDateTime.parse(comma >= 0 ? s.substring(comma + 1).strip() : s, RFC_2822_NO_WEEKDAY).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Instant parseIso8601(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The form Monitor filters take ({@code YYYY-MM-DDThh:mm:ssZ}, GMT). */
    public static String formatIso8601(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
