package app.switchboard.sandbox.world;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two date styles of Twilio: RFC 2822 on v2010 and IAM, ISO 8601 on Monitor and Event Streams. */
public final class TwilioDates {
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.US).withZone(ZoneOffset.UTC);

    private TwilioDates() {
    }

    public static String rfc2822(Instant instant) {
        return instant == null ? null : RFC_2822.format(instant);
    }

    public static String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }
}
