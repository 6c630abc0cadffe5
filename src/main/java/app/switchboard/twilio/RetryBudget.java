package app.switchboard.twilio;

/** The AWS-style retry token bucket (see {@link RetryPolicy}). Thread-safe. */
final class RetryBudget {
    private final int capacity;
    private int tokens;

    RetryBudget(int capacity) {
        this.capacity = capacity;
        this.tokens = capacity;
    }

    /** Takes {@code cost} tokens for a retry; false when the budget is spent (do not retry). */
    synchronized boolean tryAcquire(int cost) {
        if (tokens < cost) {
            return false;
        }
        tokens -= cost;
        return true;
    }

    /** A success gives back what its retry cost, or one token for a first-attempt success. */
    synchronized void refund(int amount) {
        tokens = Math.min(capacity, tokens + amount);
    }

    synchronized int tokens() {
        return tokens;
    }
}
