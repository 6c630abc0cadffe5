package app.switchboard.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

/** Computes the wait before a retry: Retry-After when the server gave one, else full-jitter backoff. */
final class RetryDelays {
    private final RetryPolicy policy;
    private final DoubleSupplier random;
    private final Clock clock;

    RetryDelays(RetryPolicy policy, DoubleSupplier random, Clock clock) {
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @param retry      1 for the first retry
     * @param retryAfter the Retry-After header or null
     * @return the delay, or null when the server asks for a wait longer than the policy accepts
     */
    Duration delay(int retry, String retryAfter) {
        Duration asked = parseRetryAfter(retryAfter);
        if (asked != null) {
            return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : asked;
        }
        long base = policy.baseDelay().toMillis();
        long cap = Math.min(policy.maxDelay().toMillis(), base << Math.min(30, retry - 1));
        return Duration.ofMillis((long) Math.floor(random.getAsDouble() * cap));
    }

    /** Seconds or an HTTP date; anything else is ignored (backoff applies). */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
