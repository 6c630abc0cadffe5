package app.switchboard.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 2822 dates: the field-by-field reading of Twilio's own shape agrees with the formatter it stands in for. */
class TwilioDatesTest {
    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss xx", Locale.ENGLISH);

    @Test
    void readsTwilioShapeAsTheFormatterDoesAcrossRandomDatesAndOffsets() {
        Random random = new Random(2822);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 6_000_000_000L + 2_000_000_000L);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(145) - 72) * 15 * 60); // -18:00 to +18:00
            ZonedDateTime at = instant.atZone(offset);
            for (String pattern : new String[] {"EEE, dd MMM yyyy HH:mm:ss xx", "EEE, d MMM yyyy HH:mm:ss xx"}) {
                String text = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(at);
                assertEquals(instant, TwilioDates.parseRfc2822(text), text);
                String noWeekday = text.substring(text.indexOf(',') + 2);
                assertEquals(instant, TwilioDates.TwilioShape.read(noWeekday), noWeekday);
            }
        }
    }

    @Test
    void leavesEveryOtherShapeToTheFormatterWithTheSameOutcome() {
        String[] odd = {"31 Feb 2016 22:50:08 +0000", "29 Feb 2015 10:00:00 +0000", "13 Jun 2016 24:00:00 +0000",
            "13 Jun 2016 22:60:08 +0000", "13 Jun 2016 22:50:08 +1900", "13 Jun 2016 22:50:08 +1801",
            "13 jun 2016 22:50:08 +0000", "13 JUN 2016 22:50:08 +0000", "13 Jux 2016 22:50:08 +0000",
            "13 Jun 2016 22:50:08 0000", "13 Jun 2016 22:50:08 *0000", "13 Jun 2016 22:50:08 GMT",
            "13 Jun 2016 22:50 +0000", "13 Jun 16 22:50:08 +0000", "13  Jun 2016 22:50:08 +000", "0 Jun 2016 22:50:08 +0000",
            "13 Jun 0000 22:50:08 +0000", "1x Jun 2016 22:50:08 +0000", "13 Jun 2016 22:50:08 +0000 ", "13-Jun-2016 22:50:08 +0000",
            "13 Jun 2016T22:50:08 +0000", "13 Jun 2016 22:50:08 +00:0", ""};
        for (String text : odd) {
            assertNull(TwilioDates.TwilioShape.read(text), text);
            assertEquals(formatter(text), TwilioDates.parseRfc2822("Mon, " + text), text);
        }
    }

    @Test
    void readsTheDocumentedExamplesAndNothingFromBlanks() {
        assertEquals(Instant.parse("2016-06-13T22:50:08Z"), TwilioDates.parse("Mon, 13 Jun 2016 22:50:08 +0000"));
        assertEquals(Instant.parse("2016-06-13T20:50:08Z"), TwilioDates.parse("Tue, 13 Jun 2016 22:50:08 +0200"));
        assertEquals(Instant.parse("2026-11-01T10:00:00Z"), TwilioDates.parse(" Sat, 1 Nov 2026 10:00:00 +0000 "));
        assertNull(TwilioDates.parseRfc2822("   "));
        assertNull(TwilioDates.parseRfc2822(null));
    }

    private static Instant formatter(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), FORMATTER).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
