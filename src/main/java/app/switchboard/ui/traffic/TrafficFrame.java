package app.switchboard.ui.traffic;

import app.switchboard.traffic.AccountSeries;
import app.switchboard.traffic.Threshold;
import app.switchboard.traffic.TrafficWindow;
import java.util.List;
import java.util.Map;

/**
 * What the charts show on one tick: the window, its end, one series per selected account (in selection
 * order, which fixes each account's colour) and the known limits. Immutable once built.
 */
public record TrafficFrame(TrafficWindow window, long endMs, List<AccountSeries> series,
                           Map<String, Threshold> thresholds) {

    public static TrafficFrame empty(TrafficWindow window, long endMs) {
        return new TrafficFrame(window, endMs, List.of(), Map.of());
    }

    /** The shortest span the charts show, so the first seconds of watching are not stretched across the chart. */
    static final long MIN_SPAN_MS = 20_000;

    /**
     * The charts' left edge: the window's start, or the first bucket with data when that came later (the app
     * started, or began watching the account, within the window). Before that Switchboard saw nothing, and a
     * chart of the whole window would draw those minutes as zero traffic squeezed against the left of a line
     * that only starts at the right edge.
     */
    public long startMs() {
        long windowStart = endMs - window.length().toMillis();
        long firstData = firstDataMs();
        if (firstData == Long.MAX_VALUE) {
            return windowStart;
        }
        return Math.max(windowStart, Math.min(firstData, endMs - MIN_SPAN_MS));
    }

    /** Whether the charts start later than the window does (see {@link #startMs()}). */
    public boolean shorterThanWindow() {
        return startMs() > endMs - window.length().toMillis();
    }

    /** The start of the earliest bucket of any series with data, or MAX_VALUE. */
    private long firstDataMs() {
        long first = Long.MAX_VALUE;
        for (AccountSeries s : series) {
            int i = s.firstWithData();
            if (i < s.size()) {
                first = Math.min(first, s.timeOf(i));
            }
        }
        return first;
    }

    /** Largest number of points of any series (what a chart draws per line). */
    public int pointsMax() {
        int max = 0;
        for (AccountSeries s : series) {
            max = Math.max(max, s.size());
        }
        return max;
    }
}
