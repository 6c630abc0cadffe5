package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TailRunnerTest {

    @Test
    void stopsAtTheDurationAndReportsFailuresWithoutGivingUp() {
        Instant t0 = Instant.parse("2026-11-28T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        monitor.add(Fixtures.alert("NO1", "AC1", "11200", t0.plusSeconds(3), t0.plusSeconds(3)), t0.plusSeconds(3));
        monitor.failNext(1, new MonitorException("busy", 429, 20429));
        AlertTail tail = new AlertTail(monitor, AlertQuery.forAccount("AC1"), clock, AlertTail.Settings.defaults(), t0);
        List<String> warnings = new ArrayList<>();
        List<Alert> out = new ArrayList<>();
        TailRunner.Summary s = new TailRunner(tail, clock, clock::advance).run(Duration.ofSeconds(10), out::add, warnings::add);
        assertEquals(1, out.size());
        assertEquals(1, s.failedPolls());
        assertTrue(warnings.get(0).startsWith("poll failed (rate_limited), retrying in 4 s"), warnings.get(0));
        assertEquals(t0.plusSeconds(10), clock.instant());
        assertTrue(s.polls() <= 6, "at most one poll per 2 s plus the last: " + s.polls());
    }
}
