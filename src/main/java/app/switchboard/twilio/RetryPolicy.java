package app.switchboard.twilio;

import java.time.Duration;

/**
 * How hard the client retries (DESIGN §4). Delays are full-jitter exponential: a random time in
 * {@code [0, min(maxDelay, baseDelay * 2^(retry-1))]}, or the server's {@code Retry-After} when given
 * (capped by {@code maxRetryAfter}). The retry budget is a token bucket shared by every request of a
 * client: a retry costs tokens, a success refunds some, so a failing service stops being hammered.
 *
 * @param maxAttempts     attempts per request including the first (1 = never retry)
 * @param baseDelay       first backoff cap
 * @param maxDelay        largest backoff cap
 * @param maxRetryAfter   longest Retry-After the client will wait; longer answers are not retried
 * @param budgetCapacity  tokens in a full retry budget
 * @param retryCost       tokens a retry after 429 or 5xx costs
 * @param failureCost     tokens a retry after a connection failure or timeout costs
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
        int budgetCapacity, int retryCost, int failureCost) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Four attempts, 100 ms doubling to 3 s (the Twilio SDKs' figures), AWS-like budget of 500 / 5 / 10. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofSeconds(30), 500, 5, 10);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, maxRetryAfter, budgetCapacity, retryCost, failureCost);
    }

    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxAttempts, base, max, maxRetryAfter, budgetCapacity, retryCost, failureCost);
    }

    public RetryPolicy withBudget(int capacity, int retry, int failure) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, capacity, retry, failure);
    }
}
