package app.switchboard.traffic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Watches one account's samples for the alert conditions. Debounced: a concurrency episode alerts once,
 * and 429s alert at most once per {@link #QUIET_MS}, the next alert counting what was held back, so a
 * storm of thousands of 429s makes a handful of notifications.
 */
final class ThresholdWatch {

    static final long QUIET_MS = 60_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final String accountSid;
    private Threshold threshold;
    private long aboveSinceMs = -1;
    private boolean episodeReported;
    private long lastNearLimitAlertMs = Long.MIN_VALUE / 2;
    private long lastThrottleAlertMs = Long.MIN_VALUE / 2;
    private int heldBackThrottles;

    ThresholdWatch(String accountSid) {
        this.accountSid = accountSid;
    }

    void setThreshold(Threshold threshold) {
        this.threshold = threshold;
        aboveSinceMs = -1;
        episodeReported = false;
    }

    Threshold threshold() {
        return threshold;
    }

    /** The alert this sample raises, or null. */
    TrafficAlert onSample(TrafficSample s) {
        if (s.throttled()) {
            return onThrottled(s);
        }
        if (threshold == null || s.concurrency() < 0) {
            return null;
        }
        if (s.concurrency() < threshold.level()) {
            aboveSinceMs = -1;
            episodeReported = false;
            return null;
        }
        if (aboveSinceMs < 0 || s.timeMs() < aboveSinceMs) {
            aboveSinceMs = s.timeMs();
        }
        boolean held = s.timeMs() - aboveSinceMs >= threshold.hold().toMillis();
        if (!held || episodeReported || s.timeMs() - lastNearLimitAlertMs < QUIET_MS) {
            return null;
        }
        episodeReported = true;
        lastNearLimitAlertMs = s.timeMs();
        return new TrafficAlert(accountSid, TrafficAlert.Kind.NEAR_LIMIT, s.timeMs(),
                "Near the concurrency limit",
                String.format("%s: %d concurrent requests for %d s (limit %d, alert at %d%%).", accountSid,
                        s.concurrency(), threshold.hold().toSeconds(), threshold.limit(),
                        Math.round(threshold.share() * 100)),
                s.reference());
    }

    private TrafficAlert onThrottled(TrafficSample s) {
        long since = s.timeMs() - lastThrottleAlertMs;
        if (since >= 0 && since < QUIET_MS) {
            heldBackThrottles++;
            return null;
        }
        String message = heldBackThrottles == 0
                ? String.format("%s: Twilio refused a request (429, too many concurrent requests).", accountSid)
                : String.format("%s: another 429, and %d more since %s.", accountSid, heldBackThrottles,
                        CLOCK.format(Instant.ofEpochMilli(lastThrottleAlertMs)));
        heldBackThrottles = 0;
        lastThrottleAlertMs = s.timeMs();
        return new TrafficAlert(accountSid, TrafficAlert.Kind.THROTTLED, s.timeMs(), "Requests throttled (429)",
                message, s.reference());
    }
}
