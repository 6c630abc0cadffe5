package app.switchboard.twilio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
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
        String date = comma >= 0 ? s.substring(comma + 1).strip() : s;
        Instant plain = TwilioShape.read(date);
        if (plain != null) {
            return plain;
        }
        try {
            return ZonedDateTime.parse(date, RFC_2822_NO_WEEKDAY).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The one shape Twilio sends ({@code 13 Jun 2016 22:50:08 +0000}, weekday gone), read field by field. The
     * formatter made a dozen objects per date, the second largest share of the garbage of a 10,000-key list, whose
     * collections pause the FX thread too. Anything else, or a field out of range, is left to the formatter.
     */
    static final class TwilioShape {
        private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

        private TwilioShape() {
        }

        /** The instant, or null when {@code s} is not exactly this shape with valid fields. */
        static Instant read(String s) {
            int dayDigits = s.length() == 26 ? 2 : s.length() == 25 ? 1 : 0;
            if (dayDigits == 0) {
                return null;
            }
            int m = dayDigits + 1; // where the month starts
            int day = number(s, 0, dayDigits);
            int month = s.charAt(dayDigits) == ' ' && s.charAt(m + 3) == ' ' ? month(s, m) : 0;
            int year = number(s, m + 4, 4);
            int t = m + 9; // where the time starts
            int hour = number(s, t, 2);
            int minute = number(s, t + 3, 2);
            int second = number(s, t + 6, 2);
            char sign = s.charAt(t + 9);
            int offsetHours = number(s, t + 10, 2);
            int offsetMinutes = number(s, t + 12, 2);
            if (month == 0 || day < 1 || year < 1 || s.charAt(m + 8) != ' ' || s.charAt(t + 2) != ':'
                    || s.charAt(t + 5) != ':' || s.charAt(t + 8) != ' ' || (sign != '+' && sign != '-')
                    || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                    || offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60
                    || day > YearMonth.of(year, month).lengthOfMonth()) {
                return null;
            }
            long offset = (sign == '-' ? -1 : 1) * (offsetHours * 3600L + offsetMinutes * 60L);
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset);
        }

        /** The month (1-12) named at {@code s[from, from + 3)}, or 0. */
        private static int month(String s, int from) {
            for (int i = 0; i < 12; i++) {
                if (MONTHS.regionMatches(3 * i, s, from, 3)) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** The decimal number in {@code s[from, from + digits)}, or -1 if any of them is not a digit. */
        private static int number(String s, int from, int digits) {
            int n = 0;
            for (int i = from; i < from + digits; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n;
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
