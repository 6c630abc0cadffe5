package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pauses are placed on System.nanoTime's clock: counted inside the span they fell in, not in one before it. */
class CollectorPausesTest {

    /**
     * Under ZGC (the app's collector) a collection runs beside the app: only its sub-millisecond pauses count, not
     * the tens of milliseconds of the concurrent cycle its "ZGC Cycles" bean reports too. Runs in a JVM of its own,
     * since the tests' JVM uses the default collector.
     */
    @Test
    void countsOnlyThePausesOfAConcurrentCollector() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-XX:+UseZGC", "-cp", System.getProperty("java.class.path"),
                ConcurrentCollection.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String[] figures = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        long cycleMs = Long.parseLong(figures[0]);
        long countedMs = Long.parseLong(figures[1]);
        assertTrue(cycleMs >= 5, "the cycle should take a while: " + out);
        assertTrue(countedMs <= 2, countedMs + " ms counted for a concurrent cycle of " + cycleMs + " ms");
    }

    /** Prints how long a concurrent collection took, and how much of it CollectorPauses counted. */
    static final class ConcurrentCollection {
        public static void main(String[] args) throws InterruptedException {
            Object[] live = new Object[2_000_000];
            for (int i = 0; i < live.length; i++) {
                live[i] = new int[] {i};
            }
            try (CollectorPauses pauses = new CollectorPauses()) {
                long from = System.nanoTime();
                System.gc(); // under ZGC: a whole cycle, which the call waits for
                long to = System.nanoTime();
                Thread.sleep(200); // the reports come just after
                System.out.println(TimeUnit.NANOSECONDS.toMillis(to - from) + " " + pauses.millisWithin(from, to));
            }
            Reference.reachabilityFence(live); // live through the collection, so it has something to mark
        }
    }

    @Test
    void countsAFullCollectionInTheSpanItFellIn() throws Exception {
        // Two million live objects: a full collection then takes tens of milliseconds, well over the reports'
        // millisecond precision.
        Object[] live = new Object[2_000_000];
        for (int i = 0; i < live.length; i++) {
            live[i] = new int[] {i};
        }
        try (CollectorPauses pauses = new CollectorPauses()) {
            long before = System.nanoTime();
            Thread.sleep(50);
            long from = System.nanoTime();
            System.gc();
            long to = System.nanoTime();
            long tookMs = TimeUnit.NANOSECONDS.toMillis(to - from);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (pauses.millisWithin(from - TimeUnit.MILLISECONDS.toNanos(2), to + TimeUnit.MILLISECONDS.toNanos(2)) == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(10); // the report comes just after the pause
            }
            long counted = pauses.millisWithin(from - TimeUnit.MILLISECONDS.toNanos(2), to + TimeUnit.MILLISECONDS.toNanos(2));
            assertTrue(counted > 0 && counted <= tookMs + 4, counted + " ms counted for a call of " + tookMs + " ms");
            assertEquals(0, pauses.millisWithin(before, from - TimeUnit.MILLISECONDS.toNanos(40)), "nothing in the quiet span before");
        }
        assertTrue(live[live.length - 1] != null);
    }
}
