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

    public long startMs() {
        return endMs - window.length().toMillis();
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
