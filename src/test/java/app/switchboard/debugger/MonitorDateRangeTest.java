package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MonitorDateRangeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));

    @Test
    void refusesStartsOlderThanThirtyDaysWithAClearMessage() {
        MonitorDateRange.Result r = MonitorDateRange.days(LocalDate.of(2026, 10, 1), null, clock, ZoneOffset.UTC);
        assertFalse(r.ok());
        assertTrue(r.error().contains("more than 30 days ago"), r.error());
        assertTrue(r.error().contains("Pick 2026-10-30 or later"), r.error());
    }

    @Test
    void acceptsTheLast30DaysAndTreatsAFutureEndAsNow() {
        MonitorDateRange.Result r = MonitorDateRange.days(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 28),
                clock, ZoneOffset.UTC);
        assertTrue(r.ok(), r.error());
        assertEquals(Instant.parse("2026-10-30T00:00:00Z"), r.start());
        assertNull(r.end());
        assertEquals(LocalDate.of(2026, 10, 30), MonitorDateRange.earliestDay(clock, ZoneOffset.UTC));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        MonitorDateRange.Result r = MonitorDateRange.days(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 10),
                clock, ZoneOffset.UTC);
        assertEquals("The end date must be after the start date.", r.error());
    }

    @Test
    void parsesCliDatesOrSaysWhatIsExpected() {
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), MonitorDateRange.parse("2026-11-20"));
        assertEquals(Instant.parse("2026-11-20T10:11:12Z"), MonitorDateRange.parse(" 2026-11-20T10:11:12Z "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MonitorDateRange.parse("yesterday"));
        assertEquals("\"yesterday\" is not a date: use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC)", e.getMessage());
    }
}
