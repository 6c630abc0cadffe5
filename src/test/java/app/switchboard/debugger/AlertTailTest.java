package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AlertTailTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final String AC = "AC00000000000000000000000000000001";

    private final MutableClock clock = new MutableClock(T0);
    private final SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
    private final AlertTail.Settings settings = AlertTail.Settings.defaults()
            .withInterval(Duration.ofSeconds(2)).withOverlap(Duration.ofSeconds(30));
    private final AlertTail tail = new AlertTail(monitor, AlertQuery.forAccount(AC), clock, settings, T0);

    private static String sid(int n) {
        return String.format("NO%032d", n);
    }

    private Alert alert(int n, Instant generated, Instant created) {
        return Fixtures.alert(sid(n), AC, "11200", generated, created);
    }

    private List<String> poll() {
        AlertTail.Poll p = tail.poll();
        assertTrue(!p.failed(), () -> "poll failed: " + p.failure());
        return p.fresh().stream().map(Alert::sid).collect(Collectors.toList());
    }

    @Test
    void emitsEachAlertOnceAcrossPolls() {
        monitor.add(alert(1, T0.plusSeconds(1), T0.plusSeconds(1)), T0.plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(sid(1)), poll());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(), poll(), "still in the overlap window, not emitted again");
    }

    @Test
    void lateAlertsInsideTheOverlapAreCaught() {
        // generated at 1 s, stored at 3 s, visible only at 10 s: after two polls have passed its date
        monitor.add(alert(1, T0.plusSeconds(1), T0.plusSeconds(3)), T0.plusSeconds(10));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(), poll());
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(), poll());
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(sid(1)), poll());
        assertEquals(Duration.ofSeconds(9), tail.maxObservedDelay(), "stored at 3 s, first seen by the poll at 12 s");
    }

    @Test
    void outOfOrderArrivalsAreEmittedOldestFirst() {
        monitor.add(alert(2, T0.plusSeconds(5), T0.plusSeconds(6)), T0.plusSeconds(6));
        monitor.add(alert(1, T0.plusSeconds(2), T0.plusSeconds(3)), T0.plusSeconds(6));
        monitor.add(alert(3, T0.plusSeconds(1), T0.plusSeconds(7)), T0.plusSeconds(7));
        clock.advance(Duration.ofSeconds(8));
        assertEquals(List.of(sid(1), sid(2), sid(3)), poll());
    }

    @Test
    void pagesShiftingUnderTheReaderGiveNoDuplicatesAndNoGaps() {
        SimulatedMonitor paged = new SimulatedMonitor(clock, Duration.ofMillis(300));
        AlertTail small = new AlertTail(paged, AlertQuery.forAccount(AC), clock, settings.withPageSize(5), T0);
        List<String> emitted = new ArrayList<>();
        // 60 alerts, one every 100 ms: every page read sees 3 new ones pushed on top
        for (int i = 1; i <= 60; i++) {
            Instant at = T0.plusMillis(100L * i);
            paged.add(alert(i, at, at), at);
        }
        for (int round = 0; round < 6; round++) {
            clock.advance(Duration.ofSeconds(2));
            small.poll().fresh().forEach(a -> emitted.add(a.sid()));
        }
        TailAudit audit = TailAudit.compare(emitted, allSids(60));
        assertEquals(0, audit.duplicates());
        assertEquals(0, audit.missed());
        assertTrue(paged.pageRequests() > small.polls(), "several pages per poll");
    }

    @Test
    void duplicatesReturnedByTheSourceAreDropped() {
        Instant at = T0.plusSeconds(1);
        monitor.add(alert(1, at, at), at);
        monitor.add(alert(1, at, at), at);
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(sid(1)), poll());
    }

    @Test
    void aBurstOfAThousandIsEmittedOnce() {
        for (int i = 1; i <= 1000; i++) {
            Instant at = T0.plusMillis(i);
            monitor.add(alert(i, at, at), at);
        }
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1000, poll().size());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(0, poll().size());
    }

    @Test
    void alertsStoredBeforeTheTailStartedAreNotEmitted() {
        monitor.add(alert(1, T0.minusSeconds(5), T0.minusSeconds(5)), T0.minusSeconds(5));
        monitor.add(alert(2, T0.minusSeconds(9), T0.plusSeconds(1)), T0.plusSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(List.of(sid(2)), poll(), "stored after the start, though generated before");
    }

    @Test
    void forgetsSidsOnceTheyLeaveTheWindow() {
        for (int i = 1; i <= 50; i++) {
            Instant at = T0.plusMillis(10L * i);
            monitor.add(alert(i, at, at), at);
        }
        clock.advance(Duration.ofSeconds(2));
        poll();
        assertEquals(50, tail.remembered());
        clock.advance(Duration.ofMinutes(2));
        poll();
        clock.advance(Duration.ofSeconds(2));
        poll();
        assertEquals(0, tail.remembered());
    }

    @Test
    void backsOffExponentiallyOnRateLimitsAndRecovers() {
        monitor.failNext(3, new MonitorException("Too Many Requests", 429, 20429));
        assertTrue(tail.poll().failed());
        assertEquals(Duration.ofSeconds(4), tail.nextDelay());
        assertTrue(tail.poll().failed());
        assertEquals(Duration.ofSeconds(8), tail.nextDelay());
        assertTrue(tail.poll().failed());
        assertEquals(Duration.ofSeconds(16), tail.nextDelay());
        assertTrue(!tail.poll().failed());
        assertEquals(Duration.ofSeconds(2), tail.nextDelay());
    }

    @Test
    void honoursRetryAfterAndCapsTheBackoff() {
        monitor.failNext(1, new MonitorException("slow down", 429, 20429, Duration.ofSeconds(30), null));
        tail.poll();
        assertEquals(Duration.ofSeconds(30), tail.nextDelay());
        monitor.failNext(20, new IllegalStateException("connection reset"));
        for (int i = 0; i < 20; i++) {
            tail.poll();
        }
        assertEquals(Duration.ofSeconds(60), tail.nextDelay());
    }

    @Test
    void refusesPollingFasterThanOncePerSecond() {
        assertThrows(IllegalArgumentException.class,
                () -> AlertTail.Settings.defaults().withInterval(Duration.ofMillis(500)));
    }

    private static List<String> allSids(int n) {
        List<String> sids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sids.add(sid(i));
        }
        return sids;
    }
}
