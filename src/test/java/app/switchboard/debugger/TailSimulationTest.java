package app.switchboard.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The debugger benchmark's scenario without the sandbox: 600 alerts a minute for 60 s, buffered
 * (date_generated before date_created), visible late and out of order, read in pages, all fast-forwarded
 * with a fake clock. The tail must emit every alert exactly once.
 */
class TailSimulationTest {

    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final String AC = "AC00000000000000000000000000000001";

    private record Outcome(TailAudit audit, long polls, int pageRequests) {
    }

    private Outcome run(int pageSize, Duration interval, Duration overlap, long seed) {
        MutableClock clock = new MutableClock(T0);
        SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ofMillis(40));
        Random random = new Random(seed);
        List<String> truth = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Instant generated = T0.plusMillis(100L * i + random.nextInt(100));
            Instant created = generated.plusMillis(random.nextInt(5_000));      // buffering
            Instant visible = created.plusMillis(random.nextInt(15_000));       // late indexing, out of order
            String sid = String.format("NO%032x", i);
            monitor.add(Fixtures.alert(sid, AC, i % 7 == 0 ? "30007" : "11200", generated, created), visible);
            truth.add(sid);
        }
        AlertTail.Settings settings = AlertTail.Settings.defaults().withInterval(interval).withOverlap(overlap)
                .withPageSize(pageSize);
        AlertTail tail = new AlertTail(monitor, AlertQuery.forAccount(AC), clock, settings, T0);
        List<String> emitted = new ArrayList<>();
        // Tail for 60 s plus the 20 s the last alerts need to become visible.
        TailRunner.Summary summary = new TailRunner(tail, clock, clock::advance)
                .run(Duration.ofSeconds(80), a -> emitted.add(a.sid()), w -> { });
        return new Outcome(TailAudit.compare(emitted, truth), summary.polls(), monitor.pageRequests());
    }

    @Test
    void pagesOfFiftyNoDuplicatesNoMisses() {
        for (long seed = 1; seed <= 5; seed++) {
            Outcome o = run(50, Duration.ofSeconds(2), Duration.ofSeconds(30), seed);
            System.out.println("page size 50, seed " + seed + ": " + o.audit().resultLine(o.pageRequests()));
            assertEquals(600, o.audit().seen());
            assertEquals(0, o.audit().duplicates());
            assertEquals(0, o.audit().missed());
            assertEquals(0, o.audit().unexpected());
        }
    }

    @Test
    void fullPagesStayUnderOneRequestPerSecond() {
        Outcome o = run(AlertQuery.MAX_PAGE_SIZE, Duration.ofSeconds(2), Duration.ofSeconds(30), 42);
        System.out.println("page size 1000: " + o.audit().resultLine(o.pageRequests()));
        assertEquals(0, o.audit().duplicates());
        assertEquals(0, o.audit().missed());
        assertTrue(o.pageRequests() <= 80, "requests " + o.pageRequests() + " in 80 s");
    }

    @Test
    void anOverlapShorterThanTheLatenessMissesAlerts() {
        // Proves the test can fail: with no overlap, late alerts slip behind the cursor.
        Outcome o = run(50, Duration.ofSeconds(2), Duration.ZERO, 1);
        assertTrue(o.audit().missed() > 0);
    }
}
