package app.switchboard.traffic;

import java.time.Duration;

/**
 * The time windows a user can look at, each read from the resolution that gives it at most a few hundred
 * buckets (so a chart never needs more points than it has pixels to show them).
 */
public enum TrafficWindow {
    FIVE_MINUTES("5 min", Duration.ofMinutes(5), 0),
    ONE_HOUR("1 h", Duration.ofHours(1), 1),
    ONE_DAY("24 h", Duration.ofHours(24), 2);

    private final String label;
    private final Duration length;
    private final int resolution;

    TrafficWindow(String label, Duration length, int resolution) {
        this.label = label;
        this.length = length;
        this.resolution = resolution;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    /** Index into {@link AccountTraffic}'s resolutions. */
    int resolution() {
        return resolution;
    }

    @Override
    public String toString() {
        return label;
    }
}
