package app.switchboard.ui.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.traffic.AccountSeries;
import app.switchboard.traffic.TrafficWindow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrafficFrameTest {

    private static final long END = 1_000_000_000L;
    private static final TrafficWindow FIVE_MIN = TrafficWindow.FIVE_MINUTES;

    /** A 5-minute series of 1 s buckets with a request in each bucket from {@code firstWithData} on. */
    private static AccountSeries series(int firstWithData) {
        int n = (int) (FIVE_MIN.length().toMillis() / 1000);
        long start = END - n * 1000L;
        float[] none = new float[n];
        Arrays.fill(none, Float.NaN);
        int[] requests = new int[n];
        for (int i = Math.max(0, firstWithData); i < n; i++) {
            requests[i] = 1;
        }
        return new AccountSeries("AC1", FIVE_MIN, start, 1000, none, none, new String[n], requests, new int[n],
                new int[n], new String[n], none, none, none, none, null);
    }

    private static TrafficFrame frame(AccountSeries... series) {
        return new TrafficFrame(FIVE_MIN, END, List.of(series), Map.of());
    }

    @Test
    void aWindowFullOfDataIsShownWhole() {
        TrafficFrame f = frame(series(0));
        assertEquals(END - FIVE_MIN.length().toMillis(), f.startMs());
        assertFalse(f.shorterThanWindow());
    }

    @Test
    void dataThatStartedWithinTheWindowSetsTheLeftEdge() {
        TrafficFrame f = frame(series(200)); // the last 100 s
        assertEquals(END - 100_000, f.startMs());
        assertTrue(f.shorterThanWindow());
    }

    @Test
    void theFirstSecondsOfWatchingAreShownOverTheShortestSpan() {
        TrafficFrame f = frame(series(297)); // the last 3 s
        assertEquals(END - TrafficFrame.MIN_SPAN_MS, f.startMs());
    }

    @Test
    void theEarliestOfSeveralAccountsCountsAndNoDataMeansTheWholeWindow() {
        assertEquals(END - 250_000, frame(series(200), series(50)).startMs());
        assertEquals(END - FIVE_MIN.length().toMillis(), frame().startMs());
        assertEquals(END - FIVE_MIN.length().toMillis(), frame(series(Integer.MAX_VALUE)).startMs());
    }
}
