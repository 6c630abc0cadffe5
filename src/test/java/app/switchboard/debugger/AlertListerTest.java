package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertListerTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void mergesAccountsNewestFirstAndSummarisesFailures() {
        MutableClock clock = new MutableClock(T0.plusSeconds(60));
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        monitor.add(Fixtures.alert("NO1", "AC1", "11200", T0.plusSeconds(1), T0.plusSeconds(1)), T0);
        monitor.add(Fixtures.alert("NO2", "AC2", "11200", T0.plusSeconds(2), T0.plusSeconds(2)), T0);
        AlertSource source = monitor.withoutDebuggerOn("AC3");
        AlertLister.Listing l = new AlertLister(source).list(List.of("AC1", "AC2", "AC3"), AlertQuery.forAccount(null));
        assertEquals(List.of("NO2", "NO1"), l.alerts().stream().map(Alert::sid).toList());
        assertEquals("1 of 3 accounts could not be read (no Debugger access)", l.failureSummary());
        assertFalse(l.noDebuggerAnywhere());

        AlertLister.Listing none = new AlertLister(source).list(List.of("AC3"), AlertQuery.forAccount(null));
        assertTrue(none.noDebuggerAnywhere());
        assertTrue(none.allFailed());
    }
}
