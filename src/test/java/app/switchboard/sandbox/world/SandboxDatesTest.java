package app.switchboard.sandbox.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sandbox writes RFC 2822 dates exactly as the formatter for Twilio's pattern would. */
class SandboxDatesTest {
    @Test
    void writesRfc2822AsTheFormatterDoes() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
        Random random = new Random(2822);
        for (int i = 0; i < 20_000; i++) {
            // 1970 to 2100, with the odd nanosecond that must not show
            Instant instant = Instant.ofEpochSecond(Math.floorMod(random.nextLong(), 4_102_444_800L), random.nextInt(1_000_000_000));
            assertEquals(formatter.format(instant), TwilioDates.rfc2822(instant));
        }
        assertEquals("Mon, 13 Jun 2016 22:50:08 +0000", TwilioDates.rfc2822(Instant.parse("2016-06-13T22:50:08Z")));
        assertNull(TwilioDates.rfc2822(null));
    }
}
