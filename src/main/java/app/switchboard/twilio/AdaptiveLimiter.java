package app.switchboard.twilio;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * How many requests one account may have in flight, learned AIMD-style (DESIGN §4). Twilio limits
 * concurrency per account and does not publish the ceiling, so the limiter finds it:
 * <ul>
 *   <li>slow start: +1 per success (doubling per round trip) until the first 429;</li>
 *   <li>a 429 sets the ceiling to the highest {@code Twilio-Concurrent-Requests} a success ever reported (the
 *       account's cap). A limit above it drops to it. At or under it, if a success since the last 429 reported
 *       more requests than we had in flight, others use the account too: one step down; otherwise the 429 is
 *       Twilio's count lagging ours by a request and the limit stays. Without the header the ceiling is the
 *       limit and the limit is cut by 10 %. At most once per round trip (the 429s of requests already in
 *       flight say nothing new);</li>
 *   <li>below the ceiling the limit grows by one per round trip; near it, eight times slower, so the
 *       account is probed rarely and 429s stay around one per cent;</li>
 *   <li>a {@code Twilio-Concurrent-Requests} above the limit means someone else uses the account: no growth.</li>
 * </ul>
 * Thread-safe.
 */
public final class AdaptiveLimiter {
    private static final double DECREASE = 0.9;
    private static final int PROBE_SLOWDOWN = 8;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final int min;
    private final int max;
    private final LongSupplier nanos;
    private double limit;
    private double ceiling = Double.NaN;
    private int inFlight;
    private long lastDecreaseNanos = Long.MIN_VALUE / 2;
    private double smoothedRttNanos = 100_000_000;
    /** Highest {@code Twilio-Concurrent-Requests} any success reported: the account's cap never shrinks. */
    private int maxConcurrentSeen;
    /** A success since the last 429 reported more requests than ours in flight (plus one for count lag). */
    private boolean othersSeen;
    private final List<IntConsumer> limitListeners = new CopyOnWriteArrayList<>();

    public AdaptiveLimiter(int initial, int min, int max) {
        this(initial, min, max, System::nanoTime);
    }

    AdaptiveLimiter(int initial, int min, int max, LongSupplier nanos) {
        if (min < 1 || initial < min || max < initial) {
            throw new IllegalArgumentException("need 1 <= min <= initial <= max");
        }
        this.min = min;
        this.max = max;
        this.limit = initial;
        this.nanos = nanos;
    }

    /** Waits for a permit. */
    public void acquire() throws InterruptedException {
        lock.lock();
        try {
            while (inFlight >= (int) limit) {
                released.await();
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    public void release() {
        lock.lock();
        try {
            inFlight--;
            // One permit came back: wake one waiter, not the whole bulk pool (a herd of dozens per answer).
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} under a permit. */
    public <T> T run(Callable<T> work) throws Exception {
        acquire();
        try {
            return work.call();
        } finally {
            release();
        }
    }

    /** Feedback from one answer of this account (the client feeds every attempt). */
    public void onResponse(int status, Integer concurrentRequests) {
        onResponse(status, concurrentRequests, -1);
    }

    /**
     * @param roundTripNanos the attempt's own round trip (not counting retry waits), or negative if unknown;
     *                       it sets how long one decrease shields against the 429s already on their way
     */
    void onResponse(int status, Integer concurrentRequests, long roundTripNanos) {
        int before;
        int after;
        lock.lock();
        try {
            before = (int) limit;
            adjust(status, concurrentRequests, roundTripNanos);
            after = (int) limit;
        } finally {
            lock.unlock();
        }
        if (after != before) {
            limitListeners.forEach(l -> l.accept(after));
        }
    }

    /** Called with the new limit whenever it changes (on the client's I/O threads: be quick). */
    public void addLimitListener(IntConsumer listener) {
        limitListeners.add(listener);
    }

    public void removeLimitListener(IntConsumer listener) {
        limitListeners.remove(listener);
    }

    /** Caller holds the lock. */
    private void adjust(int status, Integer concurrentRequests, long roundTripNanos) {
        if (roundTripNanos > 0 && status != 429) {
            smoothedRttNanos = 0.8 * smoothedRttNanos + 0.2 * roundTripNanos;
        }
        if (status == 429) {
            long now = nanos.getAsLong();
            if (now - lastDecreaseNanos >= (long) smoothedRttNanos) {
                if (maxConcurrentSeen > 0) {
                    // The account told us what it takes. Above that (slow start or a probe overshot): back to exactly
                    // that. At or under it with nobody else on the account, the 429 is Twilio's count lagging ours
                    // (a slot we just freed is not yet free on its side): keep the limit, a cut would idle part of
                    // the account until slow probing brings it back. Others on the account: one step down per
                    // round trip.
                    ceiling = maxConcurrentSeen;
                    if ((int) limit > maxConcurrentSeen) {
                        limit = maxConcurrentSeen;
                    } else if (othersSeen) {
                        limit = Math.max(min, limit - 1);
                    }
                } else {
                    // No header: nothing to go by but the limit itself.
                    ceiling = limit;
                    limit = Math.max(min, limit * DECREASE);
                }
                othersSeen = false;
                lastDecreaseNanos = now;
            }
        } else if (status > 0 && status < 500) {
            if (concurrentRequests != null) {
                maxConcurrentSeen = Math.max(maxConcurrentSeen, concurrentRequests);
                othersSeen |= concurrentRequests > inFlight + 1;
            }
            if (concurrentRequests != null && concurrentRequests > limit) {
                return;
            }
            int permitsBefore = (int) limit;
            if (Double.isNaN(ceiling)) {
                limit += 1;
            } else if (limit < ceiling - 1) {
                limit += 1 / limit;
            } else {
                limit += 1 / (limit * PROBE_SLOWDOWN);
            }
            limit = Math.min(max, limit);
            if ((int) limit > permitsBefore) {
                released.signal();
            }
        }
    }

    /** The current number of permits. */
    public int limit() {
        lock.lock();
        try {
            return (int) limit;
        } finally {
            lock.unlock();
        }
    }

    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }
}
