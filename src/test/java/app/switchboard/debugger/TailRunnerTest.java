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

    @Test
    void pollsStartAtLeastOneIntervalApartEvenWhenPollsAreSlowAndTheLastCoversTheDeadline() {
        Instant t0 = Instant.parse("2026-11-28T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        List<Instant> pollStarts = new ArrayList<>();
        Tail slow = new Tail() {
            @Override
            public AlertTail.Poll poll() {
                pollStarts.add(clock.instant());
                clock.advance(Duration.ofMillis(300)); // the request itself takes time
                return new AlertTail.Poll(List.of(), null);
            }

            @Override
            public Duration nextDelay() {
                return Duration.ofSeconds(1);
            }

            @Override
            public long polls() {
                return pollStarts.size();
            }

            @Override
            public boolean following() {
                return true;
            }
        };
        new TailRunner(slow, clock, clock::advance).run(Duration.ofSeconds(60), a -> { }, w -> { });
        assertEquals(t0.plusSeconds(1), pollStarts.get(0), "nothing can be new at the start: wait first");
        for (int i = 1; i < pollStarts.size(); i++) {
            assertEquals(Duration.ofSeconds(1), Duration.between(pollStarts.get(i - 1), pollStarts.get(i)));
        }
        assertEquals(60, pollStarts.size(), "one poll per second of a 60 s tail");
        assertEquals(t0.plusSeconds(60), pollStarts.get(59), "the last poll starts at the deadline");
    }

    @Test
    void anAccountWithoutDebuggerEndsTheTailAtTheFirstAnswer() {
        Instant t0 = Instant.parse("2026-11-28T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        monitor.failNext(100, new MonitorException("The requested resource was not found", 404, 20404));
        AlertTail tail = new AlertTail(monitor, AlertQuery.forAccount("AC1"), clock, AlertTail.Settings.defaults(), t0);
        List<String> warnings = new ArrayList<>();
        TailRunner.Summary s = new TailRunner(tail, clock, clock::advance).run(null, a -> { }, warnings::add);
        assertEquals(1, s.polls());
        assertEquals(MonitorFailure.UNAVAILABLE, MonitorFailure.of(s.stoppedBy()));
        assertEquals(List.of("no Debugger access: The requested resource was not found"), warnings);
    }

    @Test
    void aMultiAccountTailDropsAnAccountWithoutDebuggerAndFollowsTheOthers() {
        Instant t0 = Instant.parse("2026-11-28T08:00:00Z");
        MutableClock clock = new MutableClock(t0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        AlertSource noDebuggerOnAc2 = monitor.withoutDebuggerOn("AC2");
        monitor.add(Fixtures.alert("NO1", "AC1", "11200", t0.plusSeconds(5), t0.plusSeconds(5)), t0.plusSeconds(5));
        MultiAccountTail tail = new MultiAccountTail(noDebuggerOnAc2, List.of("AC1", "AC2"), null, clock,
                AlertTail.Settings.defaults());
        List<String> warnings = new ArrayList<>();
        List<Alert> out = new ArrayList<>();
        TailRunner.Summary s = new TailRunner(tail, clock, clock::advance).run(Duration.ofSeconds(20), out::add, warnings::add);
        assertEquals(1, warnings.size(), "one warning, not one per poll: " + warnings);
        assertTrue(warnings.get(0).contains("stopped following AC2"), warnings.get(0));
        assertEquals(null, s.stoppedBy());
        assertEquals(List.of("NO1"), out.stream().map(Alert::sid).toList());
        assertTrue(tail.following());
    }
}
