package app.switchboard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pauses are placed on System.nanoTime's clock: counted inside the span they fell in, not in one before it. */
class CollectorPausesTest {

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
