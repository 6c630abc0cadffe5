package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiAccountTailTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @Test
    void pollsOneAccountPerCallInTurnAndKeepsEachInterval() {
        MutableClock clock = new MutableClock(T0);
        List<String> asked = new ArrayList<>();
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        AlertSource recording = new AlertSource() {
            @Override
            public List<Alert> list(AlertQuery query) {
                asked.add(query.accountSid());
                return monitor.list(query);
            }

            @Override
            public AlertDetail fetch(String accountSid, String alertSid) {
                return monitor.fetch(accountSid, alertSid);
            }
        };
        MultiAccountTail tail = new MultiAccountTail(recording, List.of("AC1", "AC2", "AC3"), "error", clock,
                AlertTail.Settings.defaults());
        assertEquals("AC1", tail.pollDue().accountSid());
        assertEquals("AC2", tail.pollDue().accountSid());
        assertEquals("AC3", tail.pollDue().accountSid());
        assertNull(tail.pollDue(), "every account polled; none due before its 2 s interval");
        clock.advance(Duration.ofSeconds(2));
        assertEquals("AC1", tail.pollDue().accountSid());
        tail.drop("AC2");
        assertEquals("AC3", tail.pollDue().accountSid());
        assertNull(tail.pollDue());
        assertEquals(List.of("AC1", "AC2", "AC3", "AC1", "AC3"), asked);
    }

    @Test
    void aNewAlertOfOneAccountIsEmittedOnceWithItsAccount() {
        MutableClock clock = new MutableClock(T0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        MultiAccountTail tail = new MultiAccountTail(monitor, List.of("AC1", "AC2"), null, clock, AlertTail.Settings.defaults());
        Instant at = T0.plusSeconds(1);
        monitor.add(Fixtures.alert("NO1", "AC2", "11200", at, at), at);
        clock.advance(Duration.ofSeconds(2));
        List<String> emitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            MultiAccountTail.Result r = tail.pollDue();
            if (r != null) {
                r.poll().fresh().forEach(a -> emitted.add(r.accountSid() + ":" + a.sid()));
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(List.of("AC2:NO1"), emitted);
    }

    @Test
    void runsUnderTheTailRunnerAtMostOncePerSecond() {
        MutableClock clock = new MutableClock(T0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
        List<String> accounts = List.of("AC1", "AC2", "AC3", "AC4", "AC5");
        for (int i = 0; i < 50; i++) {
            Instant at = T0.plusMillis(500L * i);
            monitor.add(Fixtures.alert(String.format("NO%032d", i), accounts.get(i % 5), "11200", at, at), at);
        }
        MultiAccountTail tail = new MultiAccountTail(monitor, accounts, null, clock, AlertTail.Settings.defaults());
        List<String> emitted = new ArrayList<>();
        TailRunner.Summary s = new TailRunner(tail, clock, clock::advance)
                .run(Duration.ofSeconds(40), a -> emitted.add(a.sid()), w -> { });
        assertEquals(50, emitted.size());
        assertEquals(50, emitted.stream().distinct().count());
        assertTrue(monitor.listCalls() <= 41, "calls " + monitor.listCalls());
        assertEquals(monitor.listCalls(), s.polls());
    }
}
