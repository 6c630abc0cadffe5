package app.switchboard.traffic;

import java.time.Duration;

/**
 * When to warn about an account's load: concurrency at or above {@code share} of the account's known
 * {@code limit} for {@code hold}. (Twilio publishes no limit per account, so the user states it.)
 */
public record Threshold(int limit, double share, Duration hold) {

    public static final double DEFAULT_SHARE = 0.8;
    public static final Duration DEFAULT_HOLD = Duration.ofSeconds(10);

    public Threshold {
        if (limit < 1) {
            throw new IllegalArgumentException("The concurrency limit must be at least 1.");
        }
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("The share must be between 1 % and 100 %.");
        }
        if (hold == null || hold.isNegative()) {
            throw new IllegalArgumentException("The hold time must not be negative.");
        }
    }

    public static Threshold of(int limit) {
        return new Threshold(limit, DEFAULT_SHARE, DEFAULT_HOLD);
    }

    /** The concurrency from which the account counts as near its limit. */
    public int level() {
        return (int) Math.ceil(limit * share);
    }
}
